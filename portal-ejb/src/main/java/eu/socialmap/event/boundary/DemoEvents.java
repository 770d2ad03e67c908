package eu.socialmap.event.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.event.control.EventSecrets;
import eu.socialmap.event.entity.Audience;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventDetails;
import eu.socialmap.event.entity.EventKind;
import eu.socialmap.event.entity.EventQuestion;
import eu.socialmap.event.entity.EventSeats;
import eu.socialmap.event.entity.EventSession;
import eu.socialmap.event.entity.FormField;
import eu.socialmap.event.entity.Participant;
import eu.socialmap.event.entity.ParticipantType;
import eu.socialmap.event.entity.Registration;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events of the demo network: a cross-border forum with parallel workshops, the yearly colloquium, the
 * associations fair, a partner's lunch meeting that is already full (its waiting list shows), and a forum of last
 * week whose participants were checked in (figures, certificates). Written with the entities' own rules, straight into
 * the database: at start-up nobody is signed in to call the services. No mail is sent.
 */
public final class DemoEvents {

    private static final String[][] PEOPLE = {
            {"Amina Benali", "BE", "PROFESSIONAL", "SOCIAL_WELFARE_CENTRE"}, {"Pieter Claes", "BE", "PROFESSIONAL", "PUBLIC_SERVICE"},
            {"Sophie Lefebvre", "FR", "PROFESSIONAL", "SOCIAL_WELFARE_CENTRE"}, {"Joris Vermeulen", "BE", "VOLUNTEER", "ASSOCIATION"},
            {"Fatou Diallo", "BE", "VOLUNTEER", "ASSOCIATION"}, {"Marc Dubois", "FR", "PROFESSIONAL", "ASSOCIATION"},
            {"Lies Declercq", "BE", "PROFESSIONAL", "PUBLIC_SERVICE"}, {"Nadia El Idrissi", "FR", "VOLUNTEER", "ASSOCIATION"},
            {"Thomas Willaert", "BE", "PROFESSIONAL", "SOCIAL_WELFARE_CENTRE"}, {"Claire Martin", "FR", "PROFESSIONAL", "PUBLIC_SERVICE"},
            {"Bram De Smet", "BE", "VOLUNTEER", "ASSOCIATION"}, {"Julie Lambert", "BE", "PROFESSIONAL", "SOCIAL_WELFARE_CENTRE"},
            {"Youssef Amrani", "FR", "PROFESSIONAL", "ASSOCIATION"}, {"Elke Peeters", "BE", "PROFESSIONAL", "PUBLIC_SERVICE"},
            {"Hélène Roussel", "FR", "VOLUNTEER", "ASSOCIATION"}, {"Wim Van Damme", "BE", "PROFESSIONAL", "SOCIAL_WELFARE_CENTRE"},
            {"Ines Moreau", "BE", "PROFESSIONAL", "ASSOCIATION"}, {"Karim Bensaïd", "FR", "PROFESSIONAL", "SOCIAL_WELFARE_CENTRE"},
            {"An Vandenberghe", "BE", "VOLUNTEER", "ASSOCIATION"}, {"Lucie Carpentier", "FR", "PROFESSIONAL", "PUBLIC_SERVICE"}};

    private static final Map<String, String> DEMO_ORGANISATIONS = Map.of("SOCIAL_WELFARE_CENTRE", "CPAS de Tournai",
            "PUBLIC_SERVICE", "Ville de Kortrijk", "ASSOCIATION", "Maison de quartier Le Pont");

    private final EntityManager em;
    private final Instant now;
    private int person;

    private DemoEvents(EntityManager em, Instant now) {
        this.em = em;
        this.now = now;
    }

    /** Loads the events; the demo organisations must be there already. */
    public static void load(EntityManager em, Instant now) {
        new DemoEvents(em, now).load();
    }

    private void load() {
        Event forum = event(EventKind.FORUM, new LocalizedText("Forum transfrontalier de la solidarité : l’accès aux droits",
                        "Grensoverschrijdend solidariteitsforum: toegang tot rechten", "Cross-border solidarity forum: access to rights"),
                new LocalizedText("Travailleurs sociaux, bénévoles et associations de l’Eurométropole se retrouvent pour "
                        + "partager leurs pratiques d’accès aux droits, des deux côtés de la frontière.",
                        "Maatschappelijk werkers, vrijwilligers en verenigingen van de Eurometropool delen hun praktijken "
                                + "rond toegang tot rechten, aan beide kanten van de grens.",
                        "Social workers, volunteers and associations of the Eurometropolis share their practice of access "
                                + "to rights, on both sides of the border."),
                "legal", "ocmw-kortrijk", 23, 9, 7, Audience.PUBLIC, 120, null);
        Instant day = forum.getStartsAt();
        session(forum, "Plénière d’ouverture", "Openingsplenaire", "Opening plenary", day, 90, "Grande salle", null);
        session(forum, "Atelier : le non-recours aux droits", "Workshop: niet-gebruik van rechten",
                "Workshop: rights not claimed", day.plus(Duration.ofMinutes(105)), 90, "Salle 1", 30);
        session(forum, "Atelier : travailler avec des interprètes", "Workshop: werken met tolken",
                "Workshop: working with interpreters", day.plus(Duration.ofMinutes(105)), 90, "Salle 2", 30);
        em.persist(new EventQuestion(forum.getId(), 1, "Quelle question aimeriez-vous poser aux intervenants ?", false));
        register(forum, 18, 0, false);

        event(EventKind.COLLOQUIUM, new LocalizedText("Le Printemps du social", "De Lente van het sociale", "The Spring of social work"),
                new LocalizedText("Le colloque annuel du réseau : conférences, tables rondes et rencontres, avec "
                        + "interprétation français-néerlandais.", "Het jaarlijkse colloquium van het netwerk: lezingen, "
                        + "rondetafels en ontmoetingen, met tolken Frans-Nederlands.", "The network’s yearly colloquium: "
                        + "talks, round tables and meetings, with French-Dutch interpretation."),
                "health", "cpas-saint-gilles", 64, 9, 8, Audience.PUBLIC, 250, null);
        event(EventKind.FAIR, new LocalizedText("Bourse aux associations", "Verenigingenbeurs", "Associations fair"),
                new LocalizedText("Les associations tiennent un stand, se rencontrent et présentent leur travail au public.",
                        "Verenigingen houden een stand, ontmoeten elkaar en stellen hun werk voor aan het publiek.",
                        "Associations hold a stand, meet each other and show the public what they do."),
                null, "commune-saint-gilles", 37, 10, 6, Audience.PUBLIC, 500, 40);
        Event lunch = event(EventKind.LUNCH, new LocalizedText("Midi du réseau : la santé mentale en première ligne",
                        "Netwerklunch: geestelijke gezondheid in de eerste lijn", "Lunch meeting: mental health on the front line"),
                new LocalizedText("Le CPAS de Bruxelles accueille le midi du réseau. Sandwichs offerts.",
                        "Het OCMW van Brussel ontvangt de netwerklunch. Broodjes aangeboden.",
                        "The CPAS of Brussels hosts the lunch meeting. Sandwiches provided."),
                "health", "cpas-bruxelles", 9, 12, 2, Audience.MEMBERS, 12, null);
        register(lunch, 12, 2, false);
        Event past = event(EventKind.FORUM, new LocalizedText("Forum de la solidarité : l’hébergement d’urgence",
                        "Solidariteitsforum: noodopvang", "Solidarity forum: emergency shelter"),
                new LocalizedText("Premier forum de l’année, à Tournai.", "Eerste forum van het jaar, in Doornik.",
                        "The year’s first forum, in Tournai."),
                "homelessness", "cpas-mouscron", -6, 9, 6, Audience.PUBLIC, 60, null);
        register(past, 14, 0, true);
        past.feedbackSent(now); // the demo sends no survey to its made-up participants
    }

    private Event event(EventKind kind, LocalizedText title, LocalizedText description, String themeCode,
                        String organiserKey, int daysAhead, int startHour, int hours, Audience audience, int capacity,
                        Integer stands) {
        Organisation organiser = organisation(organiserKey);
        LocalDate day = LocalDate.now(Messages.NETWORK_ZONE).plusDays(daysAhead);
        Instant start = day.atTime(LocalTime.of(startHour, 0)).atZone(Messages.NETWORK_ZONE).toInstant();
        Instant end = start.plus(Duration.ofHours(hours));
        String address = organiser == null ? "Rue de la Victoire 96, 1060 Saint-Gilles"
                : organiser.getShortName() + ", " + organiser.getStreet() + ", " + organiser.getPostcode() + " " + organiser.getCommune();
        EventDetails details = new EventDetails(kind, title, description, theme(themeCode), null, address, null, start,
                end, audience, List.of("fr", "nl"), kind != EventKind.LUNCH, capacity, null, null,
                Set.of(FormField.ORGANISATION, FormField.ROLE, FormField.DIET, FormField.INTERPRETATION), 48, stands);
        Event event = new Event(details, organiser == null ? null : organiser.getId(), null, now);
        event.publish();
        em.persist(event);
        em.flush();
        em.persist(new EventSeats(event.getId(), capacity));
        return event;
    }

    private void session(Event event, String fr, String nl, String en, Instant start, int minutes, String room, Integer capacity) {
        em.persist(new EventSession(event.getId(), new LocalizedText(fr, nl, en), start, start.plus(Duration.ofMinutes(minutes)),
                room, null, capacity));
    }

    /** Seated people, then people waiting; those of a past event were checked in, all but two. */
    private void register(Event event, int seated, int waiting, boolean checkedIn) {
        EventSeats seats = em.find(EventSeats.class, event.getId());
        for (int i = 0; i < seated + waiting; i++) {
            String[] who = PEOPLE[i % PEOPLE.length];
            String email = java.text.Normalizer.normalize(who[0], java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".") + "." + (++person) + "@participants.example";
            Participant participant = new Participant(null, email, who[0], who[1].equals("FR") ? Language.FR
                    : i % 2 == 0 ? Language.NL : Language.FR, null, DEMO_ORGANISATIONS.get(who[3]),
                    who[3], who[1], ParticipantType.valueOf(who[2]), null, null, null, false, List.of(), Map.of());
            Registration registration = new Registration(event.getId(), participant, EventSecrets.newTicketCode(),
                    EventSecrets.hash(EventSecrets.newToken()), null, now);
            registration.confirmEmail(now);
            if (i < seated && seats.take()) {
                registration.seat(now);
                if (checkedIn && i < seated - 2) {
                    registration.checkIn(event.getStartsAt().plus(Duration.ofMinutes(10 + i)), null);
                }
            } else {
                registration.waitlist(seats.nextWaitlistNumber(), now);
            }
            em.persist(registration);
        }
    }

    private Organisation organisation(String key) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.email LIKE :key", Organisation.class)
                .setParameter("key", "%@demo." + key + ".example").getResultStream().findFirst().orElse(null);
    }

    private Long theme(String code) {
        return code == null ? null : em.createNamedQuery(TaxonomyTerm.OF_TAXONOMY, TaxonomyTerm.class)
                .setParameter("taxonomy", TaxonomyTerm.Taxonomy.THEME).getResultStream()
                .filter(term -> term.getCode().equals(code)).map(TaxonomyTerm::getId).findFirst().orElse(null);
    }
}

package eu.socialmap.immersion.boundary;

import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.immersion.entity.Direction;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.immersion.entity.OfferDetails;
import eu.socialmap.immersion.entity.OfferPeriod;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.persistence.EntityManager;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The immersions of the demo network, from the SAM Eurometropole programme: three offers on both sides of the border
 * (homeless reception at the OCMW of Kortrijk, socio-professional insertion at the CPAS of Mouscron, the day centre
 * of the CCAS of Lille), an immersion from Roubaix to Kortrijk done last month with its report and feedback, and a
 * request from Saint-Gilles waiting for its employer. Written with the entities' own rules, straight into the
 * database (nobody is signed in at start-up); no mail is sent.
 */
public final class DemoImmersions {

    private final EntityManager em;
    private final Instant now;
    private final String domain;
    private final String passwordHash;

    private DemoImmersions(EntityManager em, Instant now, String domain, String passwordHash) {
        this.em = em;
        this.now = now;
        this.domain = domain;
        this.passwordHash = passwordHash;
    }

    public static void load(EntityManager em, Instant now, String domain, String passwordHash) {
        new DemoImmersions(em, now, domain, passwordHash).load();
    }

    private void load() {
        Organisation kortrijk = organisation("ocmw-kortrijk");
        Organisation mouscron = organisation("cpas-mouscron");
        Organisation lille = organisation("ccas-lille");
        Organisation roubaix = organisation("ccas-roubaix");
        Organisation saintGilles = organisation("cpas-saint-gilles");
        if (kortrijk == null || mouscron == null || lille == null || roubaix == null || saintGilles == null) {
            return;
        }
        LocalDate today = LocalDate.now(Messages.NETWORK_ZONE);
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));

        ImmersionOffer homeless = offer(kortrijk, place(kortrijk, "Sociaal Huis", "Budastraat 27", 50.8279, 3.2649),
                "homelessness", List.of("nl", "fr"), 2, 5, new LocalizedText("Accueil de jour des sans-abri",
                        "Dagonthaal voor daklozen", "Day reception for homeless people"),
                new LocalizedText("Vous suivez l’équipe d’accueil de jour et les travailleurs de rue : premier accueil, douches et "
                        + "consigne, accompagnement vers le logement (Housing First), concertation avec la police et les hôpitaux.",
                        "U loopt mee met het team van het dagonthaal en de straathoekwerkers: eerste onthaal, douches en bagagedepot, "
                                + "begeleiding naar wonen (Housing First), overleg met politie en ziekenhuizen.", ""),
                new LocalizedText("Secret professionnel ; pas de photo. Connaissance de base du néerlandais utile, l’équipe parle français.",
                        "Beroepsgeheim; geen foto’s. Basiskennis Nederlands nuttig, het team spreekt Frans.", ""));
        period(homeless, monday.minusWeeks(6), monday.minusWeeks(2), 2);
        OfferPeriod spring = period(homeless, monday.plusWeeks(2), monday.plusWeeks(10), 2);
        ImmersionOffer insertion = offer(mouscron, place(mouscron, "CPAS de Mouscron", "Rue du Blanc Pignon 22", 50.7445, 3.2142),
                "employment", List.of("fr"), 2, 3, new LocalizedText("Cellule d’insertion socioprofessionnelle", "", ""),
                new LocalizedText("Entretiens d’orientation, ateliers de recherche d’emploi, suivi des contrats article 60 avec "
                        + "les employeurs partenaires.", "", ""), new LocalizedText("Secret professionnel.", "", ""));
        period(insertion, monday.plusWeeks(1), monday.plusWeeks(14), 1);
        ImmersionOffer dayCentre = offer(lille, place(lille, "CCAS de Lille", "Rue Saint-Sauveur 2", 50.6292, 3.0573),
                "housing", List.of("fr", "en"), 3, 5, new LocalizedText("Accueil social de jour et domiciliation",
                        "Sociaal dagonthaal en domiciliëring", ""),
                new LocalizedText("Accueil inconditionnel, domiciliation, aides facultatives, orientation vers le SIAO.", "", ""),
                new LocalizedText("Vaccination à jour recommandée.", "", ""));
        period(dayCentre, monday.plusWeeks(3), monday.plusWeeks(20), 2);

        // last month: a social worker of Roubaix spent three days in Kortrijk, reported, and the host answered
        Account sophie = account("staff.ccas-roubaix", "Sophie Lefebvre", roubaix, Language.FR);
        Account kortrijkAdmin = administrator(kortrijk);
        Account roubaixAdmin = administrator(roubaix);
        OfferPeriod past = em.createNamedQuery(OfferPeriod.OF_OFFER, OfferPeriod.class).setParameter("offer", homeless.getId())
                .getResultList().get(0);
        LocalDate first = monday.minusWeeks(4);
        ImmersionBooking done = new ImmersionBooking(homeless, past, sophie, Direction.FR_TO_BE, first, first.plusDays(2),
                "Découvrir le Housing First flamand pour notre maraude.", now);
        done.approve(roubaixAdmin, now);
        done.accept(kortrijkAdmin, 1, now);
        done.signForSender(roubaixAdmin, now);
        done.signForHost(kortrijkAdmin, now);
        done.report("Le travail en binôme travailleur de rue – assistant social, et la concertation mensuelle avec l’hôpital.",
                "La consigne à bagages gérée par des pairs aidants.", true, today, now);
        done.giveFeedback(kortrijkAdmin, "Een gemotiveerde collega; haar vragen over de Franse maraude waren leerrijk voor ons.",
                today, now);
        em.persist(done);
        // a request from Saint-Gilles, waiting for its employer's agreement
        Account staff = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", "staff.cpas-saint-gilles" + domain).getResultStream().findFirst().orElse(null);
        if (staff != null) {
            em.persist(new ImmersionBooking(homeless, spring, staff, Direction.SAME_COUNTRY, monday.plusWeeks(3),
                    monday.plusWeeks(3).plusDays(2), "Voir comment Courtrai organise l’accueil de jour en deux langues.", now));
        }
        em.flush();
        // places are counted by the database, as the services do
        em.createNativeQuery("UPDATE immersion_period p SET taken = (SELECT COUNT(*) FROM immersion_booking b "
                + "WHERE b.period_id = p.id AND b.status IN ('REQUESTED','APPROVED','PROPOSED','ACCEPTED','AGREED')) "
                + "WHERE p.offer_id IN (?, ?, ?)").setParameter(1, homeless.getId()).setParameter(2, insertion.getId())
                .setParameter(3, dayCentre.getId()).executeUpdate();
    }

    private ImmersionOffer offer(Organisation host, Location place, String theme, List<String> languages, int min, int max,
                                 LocalizedText team, LocalizedText activities, LocalizedText conditions) {
        Long themeId = em.createQuery("SELECT t.id FROM TaxonomyTerm t WHERE t.taxonomy = :taxonomy AND t.code = :code", Long.class)
                .setParameter("taxonomy", TaxonomyTerm.Taxonomy.THEME).setParameter("code", theme)
                .getResultStream().findFirst().orElse(null);
        ImmersionOffer offer = new ImmersionOffer(host.getId(), new OfferDetails(place.getId(), null, team, activities,
                conditions, themeId, languages, min, max, LocalTime.of(9, 0), LocalTime.of(16, 30), List.of()), now);
        offer.publish(now);
        em.persist(offer);
        em.flush();
        return offer;
    }

    private OfferPeriod period(ImmersionOffer offer, LocalDate first, LocalDate last, int places) {
        OfferPeriod period = new OfferPeriod(offer.getId(), first, last, places);
        em.persist(period);
        em.flush();
        return period;
    }

    private Location place(Organisation organisation, String name, String street, double latitude, double longitude) {
        Location existing = em.createNamedQuery(Location.OF_ORGANISATION, Location.class)
                .setParameter("organisation", organisation.getId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        Location place = new Location(organisation.getId(), name, street, organisation.getPostcode(),
                organisation.getCommune(), organisation.getCountry(), now);
        place.locateByPostcode(latitude, longitude);
        em.persist(place);
        em.flush();
        return place;
    }

    private Organisation organisation(String key) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.email LIKE :key", Organisation.class)
                .setParameter("key", "%" + key + "%").getResultStream().findFirst().orElse(null);
    }

    private Account administrator(Organisation organisation) {
        return em.createNamedQuery(Account.ADMINS_OF, Account.class).setParameter("organisations", List.of(organisation.getId()))
                .setMaxResults(1).getSingleResult();
    }

    private Account account(String local, String name, Organisation organisation, Language language) {
        Account account = new Account(local + domain, name, language, now);
        account.joinOrganisation(organisation.getId());
        account.grant(Role.ORGANISATION_MEMBER);
        account.changePasswordHash(passwordHash);
        em.persist(account);
        em.flush();
        return account;
    }
}

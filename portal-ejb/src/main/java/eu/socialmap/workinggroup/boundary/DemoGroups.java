package eu.socialmap.workinggroup.boundary;

import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.workinggroup.entity.Answer;
import eu.socialmap.workinggroup.entity.GroupMembership;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.MeetingDetails;
import eu.socialmap.workinggroup.entity.MeetingOption;
import eu.socialmap.workinggroup.entity.MeetingSeries;
import eu.socialmap.workinggroup.entity.MonthlyRule;
import eu.socialmap.workinggroup.entity.TimeSlot;
import eu.socialmap.workinggroup.entity.WorkingGroup;
import jakarta.persistence.EntityManager;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The working groups of the demo network (housing, mental health, early childhood), so that a newcomer signed in as
 * {@code lead.housing} finds a group to lead, its monthly meetings and a date poll waiting for answers. Written with
 * the entities' own rules, straight into the database: at start-up nobody is signed in to call the services.
 */
public final class DemoGroups {

    private static final int REMINDER_DAYS = 2;

    private final EntityManager em;
    private final String domain;
    private final Instant now;

    private DemoGroups(EntityManager em, String domain, Instant now) {
        this.em = em;
        this.domain = domain;
        this.now = now;
    }

    /** Loads the groups; the demo accounts (local part + {@code domain}) and services must be there already. */
    public static void load(EntityManager em, String domain, Instant now) {
        new DemoGroups(em, domain, now).load();
    }

    private void load() {
        Account housingLead = account("lead.housing");
        Account staff = account("staff.cpas-saint-gilles");
        Account saintGilles = account("admin.cpas-saint-gilles");
        Account kortrijk = account("admin.ocmw-kortrijk");
        Account bruxelles = account("admin.cpas-bruxelles");

        WorkingGroup housing = group(new LocalizedText("Logement", "Huisvesting", "Housing"),
                new LocalizedText("Partager les pistes de logement pour les personnes que nous accompagnons, suivre les "
                        + "expulsions et les listes d’attente du logement social, et porter ensemble les constats auprès "
                        + "des pouvoirs publics.",
                        "Woonpistes delen voor de mensen die we begeleiden, uithuiszettingen en wachtlijsten voor sociale "
                                + "huisvesting opvolgen, en samen vaststellingen voorleggen aan de overheid.",
                        "Sharing housing leads for the people we support, following evictions and social housing "
                                + "waiting lists, and bringing our findings to the authorities together."),
                "housing", housingLead, List.of(staff, kortrijk));
        WorkingGroup mentalHealth = group(new LocalizedText("Santé mentale", "Geestelijke gezondheid", "Mental health"),
                new LocalizedText("Mieux orienter les personnes en souffrance psychique : qui fait quoi, les délais "
                        + "d’attente, les intervisions entre travailleurs de première ligne.",
                        "Mensen met psychisch lijden beter doorverwijzen: wie doet wat, de wachttijden, intervisie "
                                + "tussen eerstelijnswerkers.",
                        "Referring people in psychological distress better: who does what, waiting times, peer "
                                + "review among front-line workers."),
                "health", saintGilles, List.of(staff, bruxelles, housingLead));
        group(new LocalizedText("Petite enfance", "Vroege kindertijd", "Early childhood"),
                new LocalizedText("Places d’accueil, consultations et soutien à la parentalité pour les familles "
                        + "avec de jeunes enfants, des deux côtés de la frontière.",
                        "Opvangplaatsen, consultaties en opvoedingsondersteuning voor gezinnen met jonge kinderen, aan "
                                + "beide kanten van de grens.",
                        "Childcare places, baby clinics and parenting support for families with young children, on "
                                + "both sides of the border."),
                "early-childhood", kortrijk, List.of(saintGilles));

        monthlySeries(housing, housingLead);
        openPoll(mentalHealth, saintGilles, List.of(staff, bruxelles));
    }

    private WorkingGroup group(LocalizedText name, LocalizedText mission, String themeCode, Account lead,
                               List<Account> members) {
        WorkingGroup group = new WorkingGroup(name, mission, theme(themeCode), REMINDER_DAYS, now);
        em.persist(group);
        em.flush();
        em.persist(GroupMembership.lead(group.getId(), lead.getId(), now));
        for (Account member : members) {
            GroupMembership membership = new GroupMembership(group.getId(), member.getId(), null, now);
            membership.admit(now);
            em.persist(membership);
        }
        return group;
    }

    /** "Le premier mardi du mois", 09:30–11:30 at the CPAS of Saint-Gilles, from next month for half a year. */
    private void monthlySeries(WorkingGroup group, Account lead) {
        LocalDate today = LocalDate.ofInstant(now, Messages.NETWORK_ZONE);
        LocalDate first = today.plusMonths(1).withDayOfMonth(1);
        LocalDate last = first.plusMonths(6).minusDays(1);
        MonthlyRule rule = new MonthlyRule(1, DayOfWeek.TUESDAY);
        LocalTime start = LocalTime.of(9, 30);
        MeetingSeries series = new MeetingSeries(group.getId(), rule, start, 120, first, last, now);
        em.persist(series);
        em.flush();
        MeetingDetails details = hostedAt("cpas-saint-gilles", 20,
                "Tour de table des situations difficiles ; nouvelles des agences immobilières sociales.");
        for (LocalDate date : rule.datesBetween(first, last, Set.of())) {
            Instant begins = LocalDateTime.of(date, start).atZone(Messages.NETWORK_ZONE).toInstant();
            Meeting meeting = Meeting.scheduled(group.getId(), series.getId(), "Réunion mensuelle", details,
                    new TimeSlot(begins, begins.plus(Duration.ofMinutes(120))), lead.getId(), now);
            meeting.scheduleReminder(group.getReminderDays());
            em.persist(meeting);
        }
        em.flush();
    }

    /** Three dates in the coming weeks, two members already answered: the lead sees the best one at a glance. */
    private void openPoll(WorkingGroup group, Account lead, List<Account> answering) {
        LocalDate today = LocalDate.ofInstant(now, Messages.NETWORK_ZONE);
        List<TimeSlot> slots = List.of(slot(today.plusDays(15), 14), slot(today.plusDays(17), 10),
                slot(today.plusDays(22), 12));
        Meeting poll = Meeting.poll(group.getId(), "Rencontre avec le réseau santé mentale", hostedAt("cpas-bruxelles",
                30, null), slots, lead.getId(), now);
        em.persist(poll);
        em.flush();
        List<MeetingOption> options = poll.getOptions();
        answer(options.get(0), answering.get(0), Answer.YES);
        answer(options.get(1), answering.get(0), Answer.IF_NEED_BE);
        answer(options.get(2), answering.get(0), Answer.NO);
        answer(options.get(0), answering.get(1), Answer.YES);
        answer(options.get(1), answering.get(1), Answer.YES);
        answer(options.get(2), answering.get(1), Answer.YES);
    }

    private static TimeSlot slot(LocalDate date, int hour) {
        Instant begins = date.atTime(hour, 0).atZone(Messages.NETWORK_ZONE).toInstant();
        return new TimeSlot(begins, begins.plus(Duration.ofHours(2)));
    }

    private void answer(MeetingOption option, Account person, Answer answer) {
        em.createNativeQuery("INSERT INTO meeting_answer (option_id, account_id, answer, answered_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, option.getId()).setParameter(2, person.getId()).setParameter(3, answer.name())
                .setParameter(4, LocalDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
    }

    /** The first place of a demo organisation, its address copied as {@code Meetings} does for a chosen host. */
    private MeetingDetails hostedAt(String organisationKey, int capacity, String agenda) {
        Optional<Organisation> host = em.createQuery("SELECT o FROM Organisation o WHERE o.email LIKE :key", Organisation.class)
                .setParameter("key", "%@demo." + organisationKey + ".example").getResultStream().findFirst();
        Optional<Location> place = host.flatMap(o -> em.createNamedQuery(Location.OF_ORGANISATION, Location.class)
                .setParameter("organisation", o.getId()).setMaxResults(1).getResultStream().findFirst());
        if (host.isEmpty() || place.isEmpty()) {
            return new MeetingDetails(null, null, null, null, capacity, agenda);
        }
        Location location = place.get();
        return new MeetingDetails(host.get().getId(), location.getId(), host.get().getShortName() + ", "
                + location.getStreet() + ", " + location.getPostcode() + " " + location.getCommune(), null, capacity, agenda);
    }

    private Long theme(String code) {
        return em.createNamedQuery(TaxonomyTerm.OF_TAXONOMY, TaxonomyTerm.class)
                .setParameter("taxonomy", TaxonomyTerm.Taxonomy.THEME).getResultStream()
                .filter(term -> term.getCode().equals(code)).map(TaxonomyTerm::getId).findFirst().orElse(null);
    }

    private Account account(String local) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", local + domain)
                .getSingleResult();
    }
}

package eu.socialmap.practice.boundary;

import eu.socialmap.immersion.boundary.ImmersionFixtures;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.practice.entity.PracticeSection;
import eu.socialmap.practice.entity.PracticeSheet;
import eu.socialmap.search.boundary.ServiceSearch;
import eu.socialmap.search.boundary.SynonymList;
import eu.socialmap.workinggroup.boundary.GroupFixtures;
import jakarta.persistence.EntityManager;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The practice library's services wired by hand on one entity manager, on the immersions' fixtures for people of
 * member organisations (charter signed), outsiders and the coordinator. The "signed-in person" is whoever
 * {@link #signIn} named.
 */
final class PracticeFixtures {

    final EntityManager em;
    final ImmersionFixtures network;
    final GroupFixtures people;
    final PracticeAccess access = new PracticeAccess();
    final PracticeNotices notices = new PracticeNotices();
    final Practices practices = new Practices();
    final PracticeFiles files = new PracticeFiles();
    final PracticeInterests interests = new PracticeInterests();
    final PracticeSearch search = new PracticeSearch();

    PracticeFixtures(EntityManager em) {
        this.em = em;
        network = new ImmersionFixtures(em);
        people = network.people;
        access.em = em;
        access.callers = people.callers;
        access.charter = people.membership.charter;
        notices.em = em;
        notices.mailer = people.mailer;
        notices.publicUrl = people.publicUrl;
        practices.em = em;
        practices.access = access;
        practices.notices = notices;
        files.em = em;
        files.access = access;
        files.dataDirectory = GroupFixtures.dataDirectory(people.dataDirectory);
        interests.em = em;
        interests.access = access;
        interests.notices = notices;
        search.em = em;
        search.access = access;
        search.synonymList = new SynonymList() {
            @Override
            public List<List<String>> groups() {
                return ServiceSearch.DEFAULT_SYNONYMS;
            }
        };
    }

    void signIn(Account account) {
        people.signIn(account);
    }

    /** The administrator of a new member organisation in Liège (French first). */
    Account memberInLiege(String name) {
        return network.memberIn(name, "BE", "4000", "Liège", "fr", Language.FR);
    }

    /** The administrator of a new member organisation in Ghent (Dutch first). */
    Account memberInGhent(String name) {
        return network.memberIn(name, "BE", "9000", "Gent", "nl,fr", Language.NL);
    }

    /** A form in French with a title, summary and two sections, public, contact address given. */
    static Practices.SheetForm french(String title, String contactEmail, PracticeSheet.Visibility visibility,
                                      List<Long> terms) {
        Map<PracticeSection, String> fr = new EnumMap<>(PracticeSection.class);
        fr.put(PracticeSection.TITLE, title);
        fr.put(PracticeSection.SUMMARY, "Un accompagnement des personnes **sans-abri** vers un logement.");
        fr.put(PracticeSection.WHY, "Parce que la rue isole.\n\n- écoute\n- orientation");
        fr.put(PracticeSection.STRENGTHS, "Une équipe *motivée*.");
        return new Practices.SheetForm(Language.FR, visibility, Map.of(Language.FR, fr), terms, List.of(),
                "Claire Dupont", contactEmail, "+32 4 220 58 11", "Guide des bonnes pratiques 2020", "2016");
    }

    /** The id of the THEME term of that code. */
    long theme(String code) {
        return em.createQuery("SELECT t.id FROM TaxonomyTerm t WHERE t.code = :code AND "
                        + "t.taxonomy = eu.socialmap.directory.entity.TaxonomyTerm.Taxonomy.THEME", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    /** A sheet written by {@code author}, submitted and published by the coordinator. */
    PracticeSheet published(Account author, Practices.SheetForm form) {
        signIn(author);
        PracticeSheet sheet = tx(() -> practices.create(form));
        tx(() -> practices.submit(sheet.getId()));
        signIn(people.coordinator());
        return tx(() -> practices.publish(sheet.getId()));
    }

    List<String> subjects(String email) {
        return network.subjects(email);
    }

    List<String> bodies(String email) {
        return em.createQuery("SELECT m.body FROM OutgoingMail m WHERE m.recipient = :to ORDER BY m.id", String.class)
                .setParameter("to", email).getResultList();
    }

    /** Where answers to the mails sent to {@code email} go (null: the portal's sender). */
    List<String> replyTos(String email) {
        return em.createQuery("SELECT m.replyTo FROM OutgoingMail m WHERE m.recipient = :to ORDER BY m.id", String.class)
                .setParameter("to", email).getResultList();
    }

    <T> T tx(Supplier<T> work) {
        return people.tx(work);
    }
}

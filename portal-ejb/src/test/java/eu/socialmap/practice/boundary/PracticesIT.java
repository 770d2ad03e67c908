package eu.socialmap.practice.boundary;

import eu.socialmap.membership.boundary.AccountDeleted;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.practice.control.PracticeQuery;
import eu.socialmap.practice.entity.PracticeFile;
import eu.socialmap.practice.entity.PracticeInterest;
import eu.socialmap.practice.entity.PracticeSection;
import eu.socialmap.practice.entity.PracticeSheet;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The practice library on the real database: a sheet from draft to published through the coordinator's review, who
 * reads a members-only sheet (by id, in the search, its files and PDF) and who does not, questions and take-ups
 * mailed to the authors and counted once per organisation, a refused form and refused uploads saving nothing, and
 * what an account's deletion leaves.
 */
class PracticesIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final PracticeFixtures fixtures = new PracticeFixtures(em);
    /** A word only this test's sheets have, so that other tests' sheets never get in the way of the search. */
    private final String tag = "tag" + new Random().ints(8, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void aDraftIsPublishedAfterReviewAndAMembersOnlySheetStaysInTheNetwork() throws Exception {
        Account author = fixtures.memberInLiege("CPAS de Liège");
        Account coordinator = fixtures.people.coordinator();
        Account otherMember = fixtures.memberInGhent("OCMW Gent");
        Account outsider = fixtures.people.outsider("Pas membre");
        String contact = "contact-" + tag + "@cpas-liege.test";

        fixtures.signIn(author);
        PracticeSheet draft = fixtures.tx(() -> fixtures.practices.create(PracticeFixtures.french("Un toit " + tag,
                contact, PracticeSheet.Visibility.MEMBERS, List.of(fixtures.theme("homelessness")))));
        PracticeFile picture = fixtures.tx(() -> fixtures.files.add(draft.getId(), PracticeFile.Kind.PICTURE,
                "équipe.png", PNG, "L’équipe"));

        // a draft is its authors' and the coordinator's only
        for (Account reader : new Account[]{null, otherMember, outsider}) {
            fixtures.signIn(reader);
            assertNotFound(() -> fixtures.practices.view(draft.getId()));
        }
        fixtures.signIn(coordinator);
        assertThat(fixtures.practices.view(draft.getId()).mayEdit()).isTrue();

        fixtures.signIn(author);
        fixtures.tx(() -> fixtures.practices.submit(draft.getId()));
        assertThat(fixtures.subjects(coordinator.getEmail())).anyMatch(s -> s.contains("Un toit " + tag));
        fixtures.signIn(coordinator);
        assertThat(fixtures.practices.queue(1, Language.FR).lines()).anyMatch(l -> l.sheet().getId().equals(draft.getId()));
        fixtures.tx(() -> fixtures.practices.publish(draft.getId()));
        assertThat(fixtures.subjects(author.getEmail())).anyMatch(s -> s.startsWith("Votre fiche est publiée"));

        // members only: people of member organisations and coordinators read it, by id, file, PDF and search
        fixtures.signIn(otherMember);
        Practices.SheetView seen = fixtures.practices.view(draft.getId());
        assertThat(seen.sheet().textFor(Language.NL, PracticeSection.TITLE).orElseThrow().getLang()).isEqualTo("fr");
        assertThat(seen.mayEdit()).isFalse();
        assertThat(seen.mayShowInterest()).isTrue();
        try (InputStream in = fixtures.files.open(picture.getId()).content()) {
            assertThat(in.readAllBytes()).isEqualTo(PNG);
        }
        assertThat(new String(fixtures.practices.pdf(draft.getId(), Language.NL), 0, 5)).isEqualTo("%PDF-");
        assertThat(found("daklozen " + tag)).containsExactly(draft.getId());
        assertThat(found("homeless " + tag)).containsExactly(draft.getId());

        for (Account reader : new Account[]{null, outsider}) {
            fixtures.signIn(reader);
            assertNotFound(() -> fixtures.practices.view(draft.getId()));
            assertNotFound(() -> fixtures.files.open(picture.getId()));
            assertNotFound(() -> fixtures.practices.pdf(draft.getId(), Language.FR));
            assertThat(found("daklozen " + tag)).isEmpty();
        }
        // the same answer as for a sheet that does not exist
        fixtures.signIn(null);
        assertNotFound(() -> fixtures.practices.view(Long.MAX_VALUE));

        // public: everyone
        fixtures.signIn(author);
        PracticeSheet published = fixtures.practices.forEditing(draft.getId());
        fixtures.tx(() -> fixtures.practices.update(draft.getId(), published.getVersion(),
                PracticeFixtures.french("Un toit " + tag, contact, PracticeSheet.Visibility.PUBLIC, List.of())));
        assertThat(fixtures.practices.forEditing(draft.getId()).getStatus())
                .as("changed by its authors, it is reviewed again").isEqualTo(PracticeSheet.Status.DRAFT);
        fixtures.tx(() -> fixtures.practices.submit(draft.getId()));
        fixtures.signIn(coordinator);
        fixtures.tx(() -> fixtures.practices.publish(draft.getId()));
        fixtures.signIn(null);
        assertThat(fixtures.practices.view(draft.getId()).sheet().getVisibility()).isEqualTo(PracticeSheet.Visibility.PUBLIC);
        assertThat(found("sans-abri " + tag)).containsExactly(draft.getId());
    }

    @Test
    void questionsAndTakeUpsAreMailedToTheAuthorsAndCountedOncePerOrganisation() {
        Account author = fixtures.memberInLiege("CPAS de Liège");
        Account ghent = fixtures.memberInGhent("OCMW Gent");
        Account ghentColleague = fixtures.network.colleague(ghent, "Jan");
        Account antwerp = fixtures.memberInGhent("OCMW Antwerpen");
        Account authorColleague = fixtures.network.colleague(author, "Marc");
        String contact = "contact-" + tag + "@cpas-liege.test";
        PracticeSheet sheet = fixtures.published(author, PracticeFixtures.french("Activation " + tag, contact,
                PracticeSheet.Visibility.PUBLIC, List.of()));

        fixtures.signIn(ghent);
        fixtures.tx(() -> fixtures.interests.ask(sheet.getId(), "Combien de personnes suivez-vous ?"));
        assertThat(fixtures.bodies(author.getEmail())).anyMatch(b -> b.contains("Combien de personnes suivez-vous ?")
                && b.contains(ghent.getEmail()));
        assertThat(fixtures.replyTos(author.getEmail())).as("answering the mail answers her").contains(ghent.getEmail());
        assertThat(fixtures.subjects(contact)).anyMatch(s -> s.contains("Activation " + tag));

        fixtures.tx(() -> fixtures.interests.tryIt(sheet.getId(), "Nous commençons en mars."));
        // the author reads French (her language); the contact address gets the sheet's language
        assertThat(fixtures.subjects(author.getEmail())).anyMatch(s -> s.contains("veut essayer"));
        fixtures.signIn(ghentColleague);
        BusinessException twice = catchThrowableOfType(BusinessException.class,
                () -> fixtures.tx(() -> fixtures.interests.tryIt(sheet.getId(), "")));
        assertThat(twice.messageKey()).isEqualTo("practice.interest.alreadyTried");
        assertThat(fixtures.practices.view(sheet.getId()).triedByMyOrganisation()).isTrue();
        fixtures.signIn(antwerp);
        fixtures.tx(() -> fixtures.interests.tryIt(sheet.getId(), null));

        Practices.SheetView view = fixtures.practices.view(sheet.getId());
        assertThat(view.takeUpCount()).isEqualTo(2);
        assertThat(view.takeUps()).extracting(o -> o.getId())
                .containsExactly(ghent.getOrganisationId(), antwerp.getOrganisationId());
        fixtures.signIn(null);
        assertThat(fixtures.practices.view(sheet.getId()).takeUpCount()).isEqualTo(2);
        assertThat(fixtures.practices.view(sheet.getId()).takeUps()).as("names for the network only").isEmpty();
        assertThat(fixtures.search.search(PracticeQuery.words("activation " + tag), Language.FR).hits())
                .singleElement().satisfies(hit -> assertThat(hit.takeUps()).isEqualTo(2));

        // the sheet's own organisation does not take it up
        fixtures.signIn(authorColleague);
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.interests.tryIt(sheet.getId(), "")))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("practice.interest.notAllowed");

        // their copies of their personal data hold the sheet she wrote and the question he asked
        fixtures.signIn(author);
        assertThat(fixtures.people.membership.personalData.export()).contains("\"practiceSheets\"", "Activation " + tag);
        fixtures.signIn(ghent);
        assertThat(fixtures.people.membership.personalData.export()).contains("\"practiceQuestionsAndTakeUps\"",
                "Combien de personnes suivez-vous ?", "Nous commençons en mars.");

        // her account deleted: the take-up stays with her organisation, who she was and what she wrote go
        fixtures.tx(() -> {
            fixtures.practices.erase(new AccountDeleted(ghent.getId()));
            fixtures.practices.erase(new AccountDeleted(author.getId()));
            return null;
        });
        em.clear();
        List<PracticeInterest> ghents = em.createQuery("SELECT i FROM PracticeInterest i WHERE i.sheetId = :sheet "
                + "AND i.organisationId = :organisation", PracticeInterest.class).setParameter("sheet", sheet.getId())
                .setParameter("organisation", ghent.getOrganisationId()).getResultList();
        assertThat(ghents).hasSize(2).allSatisfy(i -> {
            assertThat(i.getAccountId()).isNull();
            assertThat(i.getMessage()).isNull();
        });
        PracticeSheet kept = em.find(PracticeSheet.class, sheet.getId());
        assertThat(kept.getAuthorId()).isNull();
        assertThat(kept.getOrganisationId()).isEqualTo(author.getOrganisationId());
        assertThat(kept.isPublished()).isTrue();
    }

    @Test
    void aRefusedFormSavesNothingAndNamesEveryBadField() {
        Account author = fixtures.memberInLiege("CPAS de Liège");
        fixtures.signIn(author);
        Map<PracticeSection, String> fr = new EnumMap<>(PracticeSection.class);
        fr.put(PracticeSection.SUMMARY, "x".repeat(PracticeSection.SUMMARY.maxLength() + 1));
        fr.put(PracticeSection.WHY, "Un texte");
        Practices.SheetForm bad = new Practices.SheetForm(Language.FR, PracticeSheet.Visibility.PUBLIC,
                Map.of(Language.FR, fr, Language.NL, Map.of(PracticeSection.TITLE, "<b>Titel</b>")), List.of(-5L),
                List.of(), "Claire", "pas une adresse", "abc", "", "1850");

        InvalidInput refusal = catchThrowableOfType(InvalidInput.class, () -> fixtures.tx(() -> fixtures.practices.create(bad)));
        assertThat(refusal.fieldErrors()).extracting(InvalidInput.FieldError::field).containsExactlyInAnyOrder(
                "text.fr.TITLE", "text.fr.SUMMARY", "text.nl.TITLE", "terms", "contactEmail", "contactPhone", "startYear");
        for (InvalidInput.FieldError error : refusal.fieldErrors()) {
            for (Language language : Language.values()) {
                assertThat(Messages.get(language, error.messageKey(), error.arguments()))
                        .as("translated " + error.messageKey()).isNotEqualTo(error.messageKey()).isNotBlank();
            }
        }
        assertThat(fixtures.practices.mine(Language.FR)).isEmpty();

        // an edit on an outdated version is refused, and changes nothing
        PracticeSheet sheet = fixtures.tx(() -> fixtures.practices.create(PracticeFixtures.french("Titre " + tag,
                null, PracticeSheet.Visibility.PUBLIC, List.of())));
        BusinessException stale = catchThrowableOfType(BusinessException.class, () -> fixtures.tx(() ->
                fixtures.practices.update(sheet.getId(), sheet.getVersion() - 1,
                        PracticeFixtures.french("Autre " + tag, null, PracticeSheet.Visibility.PUBLIC, List.of()))));
        assertThat(stale.messageKey()).isEqualTo("practice.edit.changedMeanwhile");
        em.clear();
        assertThat(fixtures.practices.forEditing(sheet.getId()).titleFor(Language.FR)).isEqualTo("Titre " + tag);

        // nobody else edits it (a draft is not even found); a person of a non-member organisation writes none
        fixtures.signIn(fixtures.memberInGhent("OCMW Gent"));
        assertNotFound(() -> fixtures.practices.forEditing(sheet.getId()));
        fixtures.signIn(fixtures.people.outsider("Pas membre"));
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.practices.create(PracticeFixtures.french("X " + tag, null,
                PracticeSheet.Visibility.PUBLIC, List.of())))).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("practice.write.notMember");
    }

    @Test
    void uploadsAreRefusedByTypeAndSizeAndCount() {
        Account author = fixtures.memberInLiege("CPAS de Liège");
        fixtures.signIn(author);
        PracticeSheet sheet = fixtures.tx(() -> fixtures.practices.create(PracticeFixtures.french("Fichiers " + tag,
                null, PracticeSheet.Visibility.PUBLIC, List.of())));

        assertRefused(PracticeFile.Kind.PICTURE, "photo.png", "<svg onload=alert(1)>".getBytes(), "practice.file.pictureType");
        assertRefused(PracticeFile.Kind.ATTACHMENT, "setup.pdf", new byte[]{'M', 'Z', 0, 0}, "practice.file.attachmentType");
        byte[] large = java.util.Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1);
        assertRefused(PracticeFile.Kind.PICTURE, "grande.png", large, "practice.file.tooLarge");
        assertRefused(PracticeFile.Kind.PICTURE, "photo.jpg", PNG, "workinggroup.file.extensionMismatch");
        assertThat(fixtures.files.of(sheet.getId())).isEmpty();

        for (int i = 0; i < PracticeFile.MAX_PER_SHEET; i++) {
            int n = i;
            fixtures.tx(() -> fixtures.files.add(sheet.getId(), PracticeFile.Kind.PICTURE, "p" + n + ".png", PNG, null));
        }
        assertRefused(PracticeFile.Kind.PICTURE, "one-more.png", PNG, "practice.file.tooMany");
        PracticeFile first = fixtures.files.of(sheet.getId()).get(0);
        fixtures.tx(() -> {
            fixtures.files.remove(first.getId());
            return null;
        });
        assertThat(fixtures.files.of(sheet.getId())).hasSize(PracticeFile.MAX_PER_SHEET - 1);

        // another member may not add files to it
        fixtures.signIn(fixtures.memberInGhent("OCMW Gent"));
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.files.add(sheet.getId(), PracticeFile.Kind.PICTURE, "x.png",
                PNG, null))).isInstanceOf(BusinessException.class);
    }

    private void assertRefused(PracticeFile.Kind kind, String name, byte[] content, String key) {
        long sheetId = fixtures.practices.mine(Language.FR).get(0).sheet().getId();
        InvalidInput refusal = catchThrowableOfType(InvalidInput.class,
                () -> fixtures.tx(() -> fixtures.files.add(sheetId, kind, name, content, null)));
        assertThat(refusal).as(name).isNotNull();
        assertThat(refusal.fieldErrors()).extracting(InvalidInput.FieldError::messageKey).containsExactly(key);
    }

    private List<Long> found(String words) {
        return fixtures.search.search(PracticeQuery.words(words), Language.FR).hits().stream()
                .map(PracticeSearch.SheetHit::id).toList();
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND);
                    assertThat(((BusinessException) e).messageKey()).isEqualTo("practice.sheet.notFound");
                });
    }
}

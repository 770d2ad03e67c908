package eu.socialmap.event.boundary;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventQuestion;
import eu.socialmap.event.entity.ParticipantType;
import eu.socialmap.event.entity.RegistrationForm;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The organisers' files against the real database: every registration in the CSV with its answers to the custom
 * questions, badges and the list at the door for those with a seat only, and nothing for anyone else.
 */
class OrganiserDocumentsIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final EventFixtures fixtures = new EventFixtures(em);
    private final OrganiserDocuments documents = new OrganiserDocuments();

    OrganiserDocumentsIT() {
        documents.em = em;
        documents.events = fixtures.events;
        documents.desk = fixtures.desk;
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void theOrganisersCsvHasOneRowPerRegistrationWithTheAnswersToHerQuestions() throws IOException {
        Event forum = fixtures.forum(2, 20);
        List<EventQuestion> questions = fixtures.tx(() -> fixtures.events.saveQuestions(forum.getId(),
                List.of("Which workshop interests you?", "=HYPERLINK(\"x\")"), List.of(true, false)));
        register(forum, "Amina Benali", Map.of(questions.get(0).getId(), "Housing", questions.get(1).getId(), "@ odd"));
        register(forum, "Bart De Smet", Map.of(questions.get(0).getId(), "Debts"));
        register(forum, "Chloé Martin", Map.of(questions.get(0).getId(), "Health"));

        fixtures.signIn(fixtures.people.coordinator());
        em.clear();
        OrganiserDocuments.Document csv = documents.csv(forum.getId(), Language.EN);

        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.fileName()).isEqualTo("event-" + forum.getId() + "-registrations.csv");
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).extracting(r -> r.get("Name")).containsExactly("Amina Benali", "Bart De Smet", "Chloé Martin");
        assertThat(records).extracting(r -> r.get("Status")).containsExactly("Seat confirmed", "Seat confirmed", "On the waiting list");
        assertThat(records).extracting(r -> r.get("Which workshop interests you?")).containsExactly("Housing", "Debts", "Health");
        assertThat(records.get(0).get("'=HYPERLINK(\"x\")")).as("a question that looks like a formula stays text")
                .isEqualTo("'@ odd");
        assertThat(records.get(1).get("Participant type")).isEqualTo("Volunteer");
        assertThat(records.get(2).get("Waiting list position")).isEqualTo("1");
        assertThat(documents.xlsx(forum.getId(), Language.FR).content()).as("a zip: an XLSX workbook")
                .startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void badgesAndTheListAtTheDoorNameOnlyThoseWithASeat() throws IOException {
        Event forum = fixtures.forum(1, 20);
        fixtures.visitor(forum, "Diane Seated");
        fixtures.visitor(forum, "Emile Waiting");

        fixtures.signIn(fixtures.people.coordinator());
        String list = text(documents.attendeeList(forum.getId(), Language.FR).content());
        String badges = text(documents.badges(forum.getId(), Language.NL).content());

        assertThat(list).contains("Diane Seated").doesNotContain("Emile Waiting");
        assertThat(badges).contains("Diane Seated").doesNotContain("Emile Waiting");
    }

    @Test
    void anyoneButTheOrganisersIsRefused() {
        Event forum = fixtures.forum(10, 20);
        fixtures.visitor(forum, "Fatima El Idrissi");
        long id = forum.getId();

        fixtures.signIn(fixtures.people.person("Not Organiser"));
        assertAll(refused(() -> documents.csv(id, Language.FR)), refused(() -> documents.xlsx(id, Language.FR)),
                refused(() -> documents.badges(id, Language.FR)), refused(() -> documents.attendeeList(id, Language.FR)));
        fixtures.signIn(null);
        assertAll(refused(() -> documents.csv(id, Language.EN)));
    }

    private static Executable refused(Runnable download) {
        return () -> assertThatThrownBy(download::run).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
    }

    private void register(Event event, String name, Map<Long, String> answers) {
        fixtures.signIn(null);
        RegistrationForm form = new RegistrationForm(name, EventFixtures.uniqueEmail(name), "fr", "ASBL " + name, null,
                ParticipantType.VOLUNTEER, "BE", null, null, false, List.of(), answers);
        fixtures.tx(() -> fixtures.registrations.register(event.getId(), form, null));
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        return text.toString();
    }
}

package eu.socialmap.platform.control;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.OutgoingMail;
import eu.socialmap.testing.TestDatabase;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox against a real MariaDB and a real SMTP server (GreenMail). */
class OutboxDeliveryIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private final String batch = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void noMailIsLeftOverFromAnotherTest() {
        inTransaction(em -> em.createQuery("UPDATE OutgoingMail m SET m.status = eu.socialmap.platform.entity"
                + ".OutgoingMail.Status.FAILED WHERE m.status = eu.socialmap.platform.entity.OutgoingMail.Status.PENDING")
                .executeUpdate());
    }

    @Test
    void twoWorkersDeliveringAtTheSameTimeSendEachMailOnce() throws Exception {
        List<Long> ids = enqueue(30);

        ExecutorService workers = Executors.newFixedThreadPool(2);
        List<Future<Integer>> handled = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            handled.add(workers.submit(deliverUntilEmpty(transport())));
        }
        int total = 0;
        for (Future<Integer> h : handled) {
            total += h.get();
        }
        workers.shutdown();

        assertThat(total).isEqualTo(30);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(30);
        assertThat(java.util.Arrays.stream(received).map(m -> GreenMailUtil.getBody(m)).distinct()).hasSize(30);
        assertThat(statuses(ids)).containsOnly(OutgoingMail.Status.SENT);
    }

    @Test
    void aMailIsWrittenInItsRecipientsLanguageAsUtf8() throws Exception {
        enqueue(1, Language.FR, "Réunion du groupe « Logement »", "Ordre du jour : l’accès au logement.");

        deliverUntilEmpty(transport()).call();

        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Réunion du groupe « Logement »");
        assertThat((String) message.getContent()).isEqualTo("Ordre du jour : l’accès au logement.");
        assertThat(message.getHeader("Content-Language")).containsExactly("fr");
        assertThat(message.getHeader("Reply-To")).as("answers go to the sender unless a mail says otherwise").isNull();
    }

    @Test
    void aMailWithAnIcsFileArrivesAsMultipartWithTheTextThenTheCalendarPart() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nPRODID:-//socialmap//working groups//EN\r\nVERSION:2.0\r\n"
                + "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:" + batch + "@socialmap\r\n"
                + "SUMMARY:Réunion d’été\\, Zoë\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        inTransaction(em -> em.persist(new OutgoingMail("member@cpas.be", Language.FR, "Invitation " + batch,
                "Vous êtes invitée à la réunion.", Instant.now().minusSeconds(1))
                .attach("invitation.ics", "text/calendar; method=REQUEST", ics).replyTo("amina@asbl.example")));

        deliverUntilEmpty(transport()).call();

        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getHeader("Reply-To")).containsExactly("amina@asbl.example");
        assertThat(message.isMimeType("multipart/mixed")).as(message.getContentType()).isTrue();
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        assertThat(text.isMimeType("text/plain")).isTrue();
        assertThat(text.getContent()).isEqualTo("Vous êtes invitée à la réunion.");
        BodyPart file = parts.getBodyPart(1);
        ContentType type = new ContentType(file.getContentType());
        assertThat(type.getBaseType()).isEqualTo("text/calendar");
        assertThat(type.getParameter("method")).isEqualTo("REQUEST");
        assertThat(type.getParameter("charset")).as("added for a text type").isEqualToIgnoringCase("UTF-8");
        assertThat(file.getFileName()).isEqualTo("invitation.ics");
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ics);
    }

    @Test
    void anUnreachableServerMeansALaterRetryNotALostMail() throws Exception {
        List<Long> ids = enqueue(1);
        SmtpTransport nowhere = new SmtpTransport(SmtpSettings.from(
                Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", "1", "SMTP_TLS", "none")).orElseThrow());

        deliverUntilEmpty(Optional.of(nowhere)).call();

        EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
        OutgoingMail mail = em.find(OutgoingMail.class, ids.get(0));
        assertThat(mail.getStatus()).isEqualTo(OutgoingMail.Status.PENDING);
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.getNextAttemptAt()).isAfter(Instant.now());
        assertThat(mail.getLastError()).isNotBlank();
        em.close();
    }

    @Test
    void withoutAnSmtpServerMailsAreKeptForTheAdministrator() throws Exception {
        List<Long> ids = enqueue(2);

        deliverUntilEmpty(Optional.empty()).call();

        assertThat(statuses(ids)).containsOnly(OutgoingMail.Status.KEPT);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    private Optional<SmtpTransport> transport() {
        return Optional.of(new SmtpTransport(SmtpSettings.from(Map.of("SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(SMTP.getSmtp().getPort()), "SMTP_TLS", "none",
                "SMTP_FROM", "portal@socialmap.test")).orElseThrow()));
    }

    private Callable<Integer> deliverUntilEmpty(Optional<SmtpTransport> transport) {
        return () -> {
            int total = 0;
            while (true) {
                int[] handled = new int[1];
                inTransaction(em -> handled[0] = OutboxDelivery.deliverDue(em, transport, Instant.now()));
                total += handled[0];
                if (handled[0] == 0) {
                    return total;
                }
            }
        };
    }

    private List<Long> enqueue(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.addAll(enqueue(1, Language.NL, "Bericht " + batch + "-" + i, "Inhoud " + batch + "-" + i));
        }
        return ids;
    }

    private List<Long> enqueue(int count, Language language, String subject, String body) {
        List<Long> ids = new ArrayList<>();
        inTransaction(em -> {
            for (int i = 0; i < count; i++) {
                OutgoingMail mail = new OutgoingMail("someone-" + i + "@ocmw.be", language, subject, body,
                        Instant.now().minusSeconds(1));
                em.persist(mail);
                em.flush();
                ids.add(mail.getId());
            }
        });
        return ids;
    }

    private List<OutgoingMail.Status> statuses(List<Long> ids) {
        EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
        try {
            return ids.stream().map(id -> em.find(OutgoingMail.class, id).getStatus()).toList();
        } finally {
            em.close();
        }
    }

    private static void inTransaction(java.util.function.Consumer<EntityManager> work) {
        TestDatabase.inTransaction(work);
    }
}

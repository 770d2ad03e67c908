package eu.socialmap.platform.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private OutgoingMail mail() {
        return new OutgoingMail("a@b.be", Language.NL, "Onderwerp", "Tekst", NOW);
    }

    @Test
    void aNewMailIsDueAtOnce() {
        assertThat(mail().getStatus()).isEqualTo(OutgoingMail.Status.PENDING);
        assertThat(mail().getNextAttemptAt()).isEqualTo(NOW);
    }

    @Test
    void failuresAreRetriedLaterAndLaterThenGivenUp() {
        OutgoingMail mail = mail();

        mail.markFailed("Connection refused", NOW);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        mail.markFailed("Connection refused", NOW);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        for (int i = 0; i < 3; i++) {
            mail.markFailed("Connection refused", NOW);
        }
        assertThat(mail.getStatus()).as("still tried after five failures").isEqualTo(OutgoingMail.Status.PENDING);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));

        mail.markFailed("Connection refused", NOW);

        assertThat(mail.getStatus()).isEqualTo(OutgoingMail.Status.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(6);
        assertThat(mail.getLastError()).isEqualTo("Connection refused");
    }

    @Test
    void aSentMailForgetsItsLastErrorAndAVeryLongErrorIsCut() {
        OutgoingMail mail = mail();
        mail.markFailed("x".repeat(5000), NOW);
        assertThat(mail.getLastError()).hasSize(1000);

        mail.markSent(NOW.plusSeconds(60));

        assertThat(mail.getStatus()).isEqualTo(OutgoingMail.Status.SENT);
        assertThat(mail.getLastError()).isNull();
        assertThat(mail.getSentAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aMailCarriesOneTextFileWithAPlainName() {
        OutgoingMail mail = mail().attach("invitation.ics", "text/calendar; method=REQUEST", "BEGIN:VCALENDAR");

        assertThat(mail.hasAttachment()).isTrue();
        assertThat(mail.getAttachmentName()).isEqualTo("invitation.ics");
        assertThat(mail.getAttachmentType()).isEqualTo("text/calendar; method=REQUEST");
        assertThat(mail.getAttachmentText()).isEqualTo("BEGIN:VCALENDAR");
        assertThat(mail().hasAttachment()).isFalse();
        assertThatThrownBy(() -> mail.attach("second.ics", "text/calendar", "")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAttachmentNameWithAFolderOrALineBreakOrTooLongIsRefused() {
        for (String name : new String[] {"../invitation.ics", "C:\\invitation.ics", "a\r\nBcc: x@y.z", "\"q\".ics",
                "x".repeat(101), " "}) {
            assertThatThrownBy(() -> mail().attach(name, "text/calendar", "")).as(name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> mail().attach("a.ics", "text/calendar\r\nBcc: x@y.z", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(mail().attach("Réunion (juillet) 2026_v2.ics", "text/calendar", "").getAttachmentName())
                .isEqualTo("Réunion (juillet) 2026_v2.ics");
    }
}

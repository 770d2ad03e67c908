package eu.socialmap.platform.control;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpSettingsTest {

    @Test
    void withoutAHostThereIsNoServerAndMailsAreKept() {
        assertThat(SmtpSettings.from(Map.of())).isEmpty();
        assertThat(SmtpSettings.from(Map.of("SMTP_HOST", " "))).isEmpty();
    }

    @Test
    void starttlsOnPort587IsTheDefault() {
        SmtpSettings settings = SmtpSettings.from(Map.of("SMTP_HOST", "smtp.cpas.be", "SMTP_USER", "portal",
                "SMTP_PASSWORD", "secret")).orElseThrow();

        assertThat(settings.port()).isEqualTo(587);
        assertThat(settings.from()).isEqualTo("no-reply@smtp.cpas.be");
        assertThat(settings.sessionProperties()).containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.auth", "true").containsEntry("mail.smtp.port", "587");
        assertThat(settings.toString()).doesNotContain("secret");
    }

    @Test
    void sslUsesSmtpsOn465AndNoneSpeaksPlainSmtp() {
        assertThat(SmtpSettings.from(Map.of("SMTP_HOST", "h", "SMTP_TLS", "SSL")).orElseThrow().sessionProperties())
                .containsEntry("mail.transport.protocol", "smtps").containsEntry("mail.smtps.port", "465");
        assertThat(SmtpSettings.from(Map.of("SMTP_HOST", "h", "SMTP_TLS", "none", "SMTP_PORT", "2525"))
                .orElseThrow().sessionProperties())
                .containsEntry("mail.smtp.port", "2525").doesNotContainKey("mail.smtp.starttls.enable");
    }

    @Test
    void wrongValuesAreRefusedWithTheirName() {
        assertThatThrownBy(() -> SmtpSettings.from(Map.of("SMTP_HOST", "h", "SMTP_TLS", "maybe")))
                .hasMessageContaining("SMTP_TLS");
        assertThatThrownBy(() -> SmtpSettings.from(Map.of("SMTP_HOST", "h", "SMTP_PORT", "x")))
                .hasMessageContaining("SMTP_PORT");
    }
}

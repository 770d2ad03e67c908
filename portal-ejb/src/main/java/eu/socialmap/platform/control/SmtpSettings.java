package eu.socialmap.platform.control;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The SMTP server from {@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_USER}, {@code SMTP_PASSWORD},
 * {@code SMTP_FROM} and {@code SMTP_TLS} ({@code starttls}, the default; {@code ssl}; or {@code none}).
 * Without {@code SMTP_HOST} there is no server, and mails are kept in the outbox.
 */
public record SmtpSettings(String host, int port, String user, String password, String from, String tls) {

    public static Optional<SmtpSettings> from(Map<String, String> config) {
        String host = blankToNull(config.get("SMTP_HOST"));
        if (host == null) {
            return Optional.empty();
        }
        String tls = Optional.ofNullable(blankToNull(config.get("SMTP_TLS"))).orElse("starttls").toLowerCase();
        if (!tls.equals("starttls") && !tls.equals("ssl") && !tls.equals("none")) {
            throw new IllegalArgumentException("SMTP_TLS must be starttls, ssl or none (it is '" + tls + "')");
        }
        int defaultPort = tls.equals("ssl") ? 465 : tls.equals("starttls") ? 587 : 25;
        String port = blankToNull(config.get("SMTP_PORT"));
        int portNumber;
        try {
            portNumber = port == null ? defaultPort : Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SMTP_PORT must be a number (it is '" + port + "')", e);
        }
        return Optional.of(new SmtpSettings(host, portNumber,
                blankToNull(config.get("SMTP_USER")), config.get("SMTP_PASSWORD"),
                Optional.ofNullable(blankToNull(config.get("SMTP_FROM"))).orElse("no-reply@" + host), tls));
    }

    /** The Jakarta Mail session properties for this server. */
    public Properties sessionProperties() {
        Properties properties = new Properties();
        String protocol = tls.equals("ssl") ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", host);
        properties.put("mail." + protocol + ".port", String.valueOf(port));
        properties.put("mail." + protocol + ".auth", String.valueOf(user != null));
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "20000");
        properties.put("mail." + protocol + ".writetimeout", "20000");
        if (tls.equals("starttls")) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        return properties;
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", tls=" + tls + ", user=" + user + ", from=" + from + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

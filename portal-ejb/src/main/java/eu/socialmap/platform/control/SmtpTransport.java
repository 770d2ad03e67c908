package eu.socialmap.platform.control;

import eu.socialmap.platform.entity.OutgoingMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.time.Instant;
import java.util.Date;

/** Hands one mail to the SMTP server, as UTF-8 plain text in the recipient's language. */
public class SmtpTransport {

    private final SmtpSettings settings;
    private final Session session;

    public SmtpTransport(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(settings.sessionProperties());
    }

    public void send(OutgoingMail mail, Instant now) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setText(mail.getBody(), "UTF-8");
        message.setHeader("Content-Language", mail.getLanguage().code());
        message.setSentDate(Date.from(now));
        if (settings.user() != null) {
            Transport.send(message, settings.user(), settings.password());
        } else {
            Transport.send(message);
        }
    }
}

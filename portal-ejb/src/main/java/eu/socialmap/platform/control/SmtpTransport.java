package eu.socialmap.platform.control;

import eu.socialmap.platform.entity.OutgoingMail;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Hands one mail to the SMTP server, as UTF-8 plain text in the recipient's language; a mail with an attachment
 * goes as multipart/mixed: that text, then the file.
 */
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
        if (mail.getReplyTo() != null) {
            message.setReplyTo(new InternetAddress[]{new InternetAddress(mail.getReplyTo(), true)});
        }
        message.setSubject(mail.getSubject(), "UTF-8");
        if (mail.hasAttachment()) {
            message.setContent(withAttachment(mail));
        } else {
            message.setText(mail.getBody(), "UTF-8");
        }
        message.setHeader("Content-Language", mail.getLanguage().code());
        message.setSentDate(Date.from(now));
        if (settings.user() != null) {
            Transport.send(message, settings.user(), settings.password());
        } else {
            Transport.send(message);
        }
    }

    private static MimeMultipart withAttachment(OutgoingMail mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getBody(), "UTF-8");
        // The file's bytes are UTF-8: a text type must say so, or readers would guess (often ISO-8859-1).
        ContentType type = new ContentType(mail.getAttachmentType());
        if (type.getPrimaryType().equalsIgnoreCase("text")) {
            type.setParameter("charset", "UTF-8");
        }
        MimeBodyPart file = new MimeBodyPart();
        // bytes, not a String: mail has no converter for text/calendar and other text types it does not know
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(
                mail.getAttachmentText().getBytes(StandardCharsets.UTF_8), type.toString())));
        file.setHeader("Content-Type", type.toString());
        file.setFileName(mail.getAttachmentName());
        file.setDisposition(Part.ATTACHMENT);
        return new MimeMultipart("mixed", text, file);
    }
}

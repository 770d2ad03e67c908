package eu.socialmap.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * A real SMTP server (GreenMail) for the whole browser-test run: the portal in Payara Micro sends its mails to it
 * ({@code SMTP_HOST}/{@code SMTP_PORT} in portal-web's Failsafe set-up) and journeys read them like a person
 * reads her inbox. Active only when the build reserves {@value #PORT_PROPERTY}.
 */
public class TestMailServer implements LauncherSessionListener {

    public static final String PORT_PROPERTY = "socialmap.test.smtp.port";

    private static volatile GreenMail server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        int port = Integer.getInteger(PORT_PROPERTY, 0);
        if (port > 0 && server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /**
     * The text of the newest mail to {@code recipient} whose subject contains {@code subject}, waiting for the
     * portal's delivery timer (every 15 s) to send it.
     */
    public static String awaitMail(String recipient, String subject) {
        if (server == null) {
            throw new IllegalStateException("No test SMTP server: run the browser tests through Maven (mvn verify)");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<? extends Message> found = Arrays.stream(server.getReceivedMessages())
                    .filter(m -> matches(m, recipient, subject)).reduce((first, second) -> second);
            if (found.isPresent()) {
                return text(found.get());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No mail to " + recipient + " about '" + subject + "' within 60 s");
    }

    /** The decoded text (quoted-printable and soft line breaks undone), as a mail client shows it. */
    private static String text(Message message) {
        try {
            Object content = message.getContent();
            if (content instanceof String text) {
                return text;
            }
            if (content instanceof jakarta.mail.Multipart parts) {
                // a mail with an attachment (an invitation's .ics): its first text part is what the person reads
                for (int i = 0; i < parts.getCount(); i++) {
                    if (parts.getBodyPart(i).isMimeType("text/plain")) {
                        return (String) parts.getBodyPart(i).getContent();
                    }
                }
            }
            return GreenMailUtil.getBody(message);
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException("Unreadable test mail", e);
        }
    }

    private static boolean matches(Message message, String recipient, String subject) {
        try {
            return message.getSubject() != null && message.getSubject().contains(subject)
                    && Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }
}

package eu.socialmap.event.control;

import eu.socialmap.membership.entity.AccountToken;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secrets of a registration. The personal link's token is only in the person's mails (the database keeps its
 * SHA-256); the ticket code is printed in the QR code and read at the door, so it is kept as it is. Both are 128 bits
 * or more of randomness: a forged one matches nothing.
 */
public final class EventSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern TICKET = Pattern.compile("SM-[A-Z2-7]{26}");
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private EventSecrets() {
    }

    /** A token for a personal link: 256 bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return AccountToken.hash(token);
    }

    public static boolean isWellFormedToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /**
     * A ticket code: "SM-" and 26 base-32 characters (130 bits), upper case only so that a QR code holds it in its
     * compact alphanumeric mode and staff can type it from a printout.
     */
    public static String newTicketCode() {
        StringBuilder code = new StringBuilder("SM-");
        for (int i = 0; i < 26; i++) {
            code.append(BASE32[RANDOM.nextInt(32)]);
        }
        return code.toString();
    }

    /** A code as typed or scanned: spaces dropped, upper-cased; null if it cannot be one of ours. */
    public static String normaliseTicketCode(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        return TICKET.matcher(code).matches() ? code : null;
    }
}

package eu.socialmap.workinggroup.entity;

import eu.socialmap.membership.entity.AccountToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A person's secret calendar feed address. Calendar applications cannot sign in, so the address itself is the
 * key: the token is shown to her once and only its SHA-256 is kept, so a copy of the database opens no feed. One
 * per person; a new token replaces the old one, which stops working at once.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = CalendarFeed.FIND_BY_HASH, query = "SELECT f FROM CalendarFeed f WHERE f.tokenHash = :hash")
public class CalendarFeed {

    public static final String FIND_BY_HASH = "CalendarFeed.findByHash";
    /** 32 random bytes, base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CalendarFeed() {
        // for JPA
    }

    private CalendarFeed(long accountId) {
        this.accountId = accountId;
    }

    /** A person's first feed, with its token (to show her once, nowhere else). */
    public static Issued open(long accountId, Instant now) {
        CalendarFeed feed = new CalendarFeed(accountId);
        return new Issued(feed.renew(now), feed);
    }

    /** A new token: the address she had until now stops working. Returns the new token. */
    public String renew(Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokenHash = hash(token);
        createdAt = now;
        return token;
    }

    /** Whether the text has the shape of a token; anything else is refused before any lookup. */
    public static boolean isWellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    public static String hash(String token) {
        return AccountToken.hash(token);
    }

    /** A new feed and its token. */
    public record Issued(String token, CalendarFeed feed) {
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package eu.socialmap.membership.entity;

import eu.socialmap.platform.entity.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A link sent by e-mail that lets its holder act once on an account (set a password), until it expires. The
 * token itself is only in the mail; the database keeps its SHA-256.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.FIND_BY_HASH, query = "SELECT t FROM AccountToken t JOIN FETCH t.account WHERE t.tokenHash = :hash")
@NamedQuery(name = AccountToken.EXPIRE_UNUSED, query = "UPDATE AccountToken t SET t.expiresAt = :now "
        + "WHERE t.account = :account AND t.purpose = :purpose AND t.usedAt IS NULL AND t.expiresAt > :now")
@NamedQuery(name = AccountToken.COUNT_SINCE, query = "SELECT COUNT(t) FROM AccountToken t "
        + "WHERE t.account = :account AND t.purpose = :purpose AND t.createdAt > :since")
public class AccountToken {

    public static final String COUNT_SINCE = "AccountToken.countSince";
    public static final String FIND_BY_HASH = "AccountToken.findByHash";
    public static final String EXPIRE_UNUSED = "AccountToken.expireUnused";
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Purpose {
        /** Choose a (new) password: reset, or the first password of an account created for someone. */
        SET_PASSWORD,
        /** Confirm the e-mail address given when registering an organisation. */
        VERIFY_EMAIL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose")
    private Purpose purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    protected AccountToken() {
        // for JPA
    }

    private AccountToken(Account account, Purpose purpose, String tokenHash, Instant now, Duration validity) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    /** A new link: the token (to put in the mail, nowhere else) and the entity to store. */
    public record Issued(String token, AccountToken entity) {
    }

    public static Issued issue(Account account, Purpose purpose, Instant now, Duration validity) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(token, new AccountToken(account, purpose, hash(token), now, validity));
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Uses the link once; an expired or already used link is refused with a translated reason. */
    public Account use(Purpose expected, Instant now) {
        if (purpose != expected) {
            throw new BusinessException(BusinessException.Kind.INVALID, "membership.token.invalid");
        }
        if (usedAt != null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "membership.token.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "membership.token.expired");
        }
        usedAt = now;
        return account;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}

package eu.socialmap.membership.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Passwords are hashed by the container's PBKDF2 (Jakarta Security), with the OWASP 2023 parameters for
 * PBKDF2-HMAC-SHA512. The parameters are part of each stored hash, so they can be raised later.
 */
@ApplicationScoped
public class PasswordHashing {

    /** A hash of nothing anyone can type: verified when the account does not exist, so timing reveals nothing. */
    private String decoy;

    private Pbkdf2PasswordHash pbkdf2;

    protected PasswordHashing() {
        // for the CDI proxy
    }

    @Inject
    public PasswordHashing(Pbkdf2PasswordHash pbkdf2) {
        this.pbkdf2 = pbkdf2;
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash == null ? decoy : hash);
    }

    /** Spends the time of a real check, for an account that does not exist. */
    public void verifyDecoy(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}

package eu.socialmap.membership.entity;

import eu.socialmap.platform.entity.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private Account withPassword() {
        Account account = new Account("  Marie.Dupont@CPAS-SaintGilles.be ", "Marie Dupont", Language.FR, NOW);
        account.changePasswordHash("hash");
        return account;
    }

    @Test
    void theAddressIsStoredOnceWhateverItsCaseOrSpaces() {
        assertThat(withPassword().getEmail()).isEqualTo("marie.dupont@cpas-saintgilles.be");
    }

    @Test
    void withoutAPasswordNobodyCanSignIn() {
        Account invited = new Account("a@b.be", "A", Language.NL, NOW);
        assertThat(invited.maySignIn(NOW)).isFalse();
    }

    @Test
    void fiveFailuresInARowLockTheAccountForFifteenMinutes() {
        Account account = withPassword();
        for (int i = 0; i < Account.MAX_FAILED_SIGN_INS - 1; i++) {
            account.recordFailedSignIn(NOW);
        }
        assertThat(account.maySignIn(NOW)).as("four failures are forgiven").isTrue();

        account.recordFailedSignIn(NOW);

        assertThat(account.maySignIn(NOW)).isFalse();
        assertThat(account.maySignIn(NOW.plus(Account.LOCK_DURATION).minusSeconds(1))).isFalse();
        assertThat(account.maySignIn(NOW.plus(Account.LOCK_DURATION))).isTrue();
    }

    @Test
    void aSuccessfulSignInForgivesEarlierFailures() {
        Account account = withPassword();
        for (int i = 0; i < Account.MAX_FAILED_SIGN_INS - 1; i++) {
            account.recordFailedSignIn(NOW);
        }
        account.recordSuccessfulSignIn(NOW);
        account.recordFailedSignIn(NOW);

        assertThat(account.maySignIn(NOW)).isTrue();
        assertThat(account.getLastSignInAt()).isEqualTo(NOW);
    }

    @Test
    void aNewPasswordLiftsTheLock() {
        Account account = withPassword();
        for (int i = 0; i < Account.MAX_FAILED_SIGN_INS; i++) {
            account.recordFailedSignIn(NOW);
        }
        account.changePasswordHash("new hash");

        assertThat(account.maySignIn(NOW)).isTrue();
    }

    @Test
    void rolesAreGrantedAndRevoked() {
        Account account = withPassword();
        account.grant(Role.COORDINATOR);
        account.grant(Role.PLATFORM_ADMIN);
        account.revoke(Role.COORDINATOR);

        assertThat(account.getRoles()).containsExactly(Role.PLATFORM_ADMIN);
    }
}

package eu.socialmap.membership.entity;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final Account account = new Account("a@b.be", "A", Language.FR, NOW);

    @Test
    void theDatabaseKeepsAHashNeverTheToken() {
        AccountToken.Issued issued = AccountToken.issue(account, AccountToken.Purpose.SET_PASSWORD, NOW, Duration.ofHours(1));

        assertThat(issued.token()).hasSizeGreaterThanOrEqualTo(43).doesNotContain("=", "+", "/");
        assertThat(AccountToken.hash(issued.token())).hasSize(64).isNotEqualTo(issued.token());
        assertThat(AccountToken.issue(account, AccountToken.Purpose.SET_PASSWORD, NOW, Duration.ofHours(1)).token())
                .isNotEqualTo(issued.token());
    }

    @Test
    void aLinkWorksOnceWithinItsValidity() {
        AccountToken token = AccountToken.issue(account, AccountToken.Purpose.SET_PASSWORD, NOW, Duration.ofHours(1)).entity();

        assertThat(token.use(AccountToken.Purpose.SET_PASSWORD, NOW.plusSeconds(3599))).isSameAs(account);
        assertThatThrownBy(() -> token.use(AccountToken.Purpose.SET_PASSWORD, NOW.plusSeconds(3599)))
                .isInstanceOf(BusinessException.class).hasMessage("membership.token.used");
    }

    @Test
    void anExpiredLinkIsRefused() {
        AccountToken token = AccountToken.issue(account, AccountToken.Purpose.SET_PASSWORD, NOW, Duration.ofHours(1)).entity();

        assertThatThrownBy(() -> token.use(AccountToken.Purpose.SET_PASSWORD, NOW.plus(Duration.ofHours(1))))
                .hasMessage("membership.token.expired");
        assertThat(token.getUsedAt()).isNull();
    }
}

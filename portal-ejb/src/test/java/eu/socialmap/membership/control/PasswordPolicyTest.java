package eu.socialmap.membership.control;

import eu.socialmap.platform.entity.BusinessException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertThatCode(() -> PasswordPolicy.check("trois petits chats", "a@b.be")).doesNotThrowAnyException();
    }

    @Test
    void shortLongAndEmailPasswordsAreRefusedWithTheirOwnReason() {
        assertThatThrownBy(() -> PasswordPolicy.check("court", "a@b.be")).isInstanceOfSatisfying(
                BusinessException.class, e -> org.assertj.core.api.Assertions.assertThat(e.messageKey())
                        .isEqualTo("membership.password.tooShort"));
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(129), "a@b.be")).hasMessage("membership.password.tooLong");
        assertThatThrownBy(() -> PasswordPolicy.check("Marie.Dupont@cpas.be", "marie.dupont@cpas.be"))
                .hasMessage("membership.password.isEmail");
        assertThatThrownBy(() -> PasswordPolicy.check(null, "a@b.be")).hasMessage("membership.password.tooShort");
    }
}

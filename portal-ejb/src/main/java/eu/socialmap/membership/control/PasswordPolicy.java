package eu.socialmap.membership.control;

import eu.socialmap.platform.entity.BusinessException;

/**
 * What a password must be: long rather than complicated (NIST SP 800-63B), and not the e-mail address itself.
 * Refusals carry translated message keys.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new BusinessException(BusinessException.Kind.INVALID, "membership.password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessException(BusinessException.Kind.INVALID, "membership.password.tooLong", MAX_LENGTH);
        }
        if (password.strip().equalsIgnoreCase(email == null ? "" : email.strip())) {
            throw new BusinessException(BusinessException.Kind.INVALID, "membership.password.isEmail");
        }
    }
}

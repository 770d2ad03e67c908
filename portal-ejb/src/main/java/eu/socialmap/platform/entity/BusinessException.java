package eu.socialmap.platform.entity;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A rule of the business said no. Carries a message key (translated by pages and the API, never literal text)
 * and the arguments of that message. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How the refusal maps to a reply: pages show all kinds alike, the API chooses the HTTP status. */
    public enum Kind {
        /** The input breaks a rule (422). */
        INVALID,
        /** What was asked for does not exist, or is not visible to the asker (404). */
        NOT_FOUND,
        /** The request clashes with the current state, e.g. somebody else saved first (409). */
        CONFLICT,
        /** The asker may not do this (403). */
        FORBIDDEN
    }

    private final Kind kind;
    private final String messageKey;
    private final List<Object> arguments;

    public BusinessException(Kind kind, String messageKey, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}

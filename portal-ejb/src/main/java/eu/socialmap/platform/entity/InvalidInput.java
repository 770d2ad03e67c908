package eu.socialmap.platform.entity;

import jakarta.ejb.ApplicationException;

import java.io.Serializable;
import java.util.List;

/**
 * Several fields of a form broke their rules at once. Pages show each message next to its field; the API lists
 * them in the problem document. Rolls the transaction back, so nothing half-valid is saved.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** One field's refusal: the field's name (as in the form and the API), a message key and its arguments. */
    public record FieldError(String field, String messageKey, List<Object> arguments) implements Serializable {
    }

    private final List<FieldError> fieldErrors;

    public InvalidInput(List<FieldError> fieldErrors) {
        super(Kind.INVALID, "problem.validation.title");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}

package eu.socialmap.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation refused the input: 400 listing each field and what is wrong, translated. Constraints carry
 * our message keys ({@code {membership.email.taken}}); other messages are passed on as the validator wrote them.
 */
@Provider
public class ConstraintViolationMapper extends ProblemMapper<ConstraintViolationException> {

    static final String TYPE = BusinessExceptionMapper.TYPE_PREFIX + "validation";

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(this::fieldError)
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return problem(400, TYPE, "problem.validation.title", null, errors);
    }

    private Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        return new Problem.FieldError(fieldName(violation.getPropertyPath().toString()), message(violation));
    }

    private String message(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            String translated = translate(key, List.of());
            if (!translated.equals(key)) {
                return translated;
            }
        }
        return violation.getMessage();
    }

    /** {@code create.arg0.email} becomes {@code email}: clients know fields, not Java method parameters. */
    static String fieldName(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        int start = 0;
        while (start < parts.length - 1 && (start == 0 || parts[start].startsWith("arg"))) {
            start++;
        }
        return String.join(".", java.util.Arrays.copyOfRange(parts, start, parts.length));
    }
}

package eu.socialmap.platform.api;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;

import java.util.List;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** A business rule said no: 4xx with a type naming the rule and a translated explanation. */
@Provider
public class BusinessExceptionMapper extends ProblemMapper<BusinessException> {

    static final String TYPE_PREFIX = "urn:socialmap:problem:";

    @Override
    public Response toResponse(BusinessException e) {
        int status = statusOf(e.kind());
        List<Problem.FieldError> fields = e instanceof InvalidInput invalid ? invalid.fieldErrors().stream()
                .map(f -> new Problem.FieldError(f.field(), translate(f.messageKey(), f.arguments()))).toList() : null;
        return problem(status, TYPE_PREFIX + e.messageKey(), titleKeyOf(e.kind()),
                translate(e.messageKey(), e.arguments()), fields);
    }

    static int statusOf(BusinessException.Kind kind) {
        return switch (kind) {
            case INVALID -> 422;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
        };
    }

    static String titleKeyOf(BusinessException.Kind kind) {
        return switch (kind) {
            case INVALID -> "problem.invalid.title";
            case NOT_FOUND -> "problem.notFound.title";
            case CONFLICT -> "problem.conflict.title";
            case FORBIDDEN -> "problem.forbidden.title";
        };
    }
}

package eu.socialmap.platform.api;

import eu.socialmap.platform.control.LanguageNegotiation;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.List;

/**
 * What every exception mapper of the API shares: answering with an RFC 9457 problem document whose title is in
 * the asker's language (language cookie, else {@code Accept-Language}, else French).
 */
abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    Language language() {
        Cookie chosen = headers.getCookies().get(LanguageNegotiation.COOKIE);
        return LanguageNegotiation.choose(chosen == null ? null : chosen.getValue(),
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    String translate(String key, List<?> arguments) {
        return Messages.get(language(), key, arguments);
    }

    Response problem(int status, String type, String titleKey, String detail, List<Problem.FieldError> errors) {
        Problem problem = new Problem(type, translate(titleKey, List.of()), status, detail,
                uriInfo.getRequestUri().getRawPath(), errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language().code())
                .entity(problem)
                .build();
    }

    /** The title of a failure that is only an HTTP status. */
    static String titleKeyFor(int status) {
        return switch (status) {
            case 401 -> "problem.unauthorized.title";
            case 403 -> "problem.forbidden.title";
            case 404 -> "problem.notFound.title";
            case 405 -> "problem.methodNotAllowed.title";
            case 406 -> "problem.notAcceptable.title";
            case 409 -> "problem.conflict.title";
            case 415 -> "problem.unsupportedMediaType.title";
            default -> status >= 500 ? "problem.server.title" : "problem.badRequest.title";
        };
    }
}

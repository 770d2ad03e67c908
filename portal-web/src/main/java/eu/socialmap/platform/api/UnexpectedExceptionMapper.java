package eu.socialmap.platform.api;

import eu.socialmap.platform.entity.BusinessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. An EJB wraps the failures of its callees: unwrap to answer a business or validation failure
 * as such. What remains is a bug: 500 with a reference that the log repeats, and never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper extends ProblemMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    Providers providers;

    @Context
    jakarta.ws.rs.core.SecurityContext security;

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof BusinessException || cause instanceof ConstraintViolationException
                || cause instanceof WebApplicationException) {
            return mapperFor(cause).toResponse(cause);
        }
        if (cause instanceof jakarta.ejb.EJBAccessException || cause instanceof jakarta.ejb.AccessLocalException) {
            // a service's @RolesAllowed said no: sign in first (401), or this role may not (403)
            boolean anonymous = security.getUserPrincipal() == null;
            return problem(anonymous ? 401 : 403, Problem.GENERIC_TYPE,
                    anonymous ? "problem.unauthorized.title" : "problem.forbidden.title", null, null);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected API failure, reference " + reference, e);
        return problem(500, Problem.GENERIC_TYPE, "problem.server.title",
                translate("problem.server.detail", List.of(reference)), null);
    }

    @SuppressWarnings("unchecked")
    private <T extends Throwable> ExceptionMapper<T> mapperFor(T cause) {
        return (ExceptionMapper<T>) providers.getExceptionMapper(cause.getClass());
    }

    static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}

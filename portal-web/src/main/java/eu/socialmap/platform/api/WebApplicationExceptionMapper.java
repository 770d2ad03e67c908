package eu.socialmap.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Unknown path, wrong method, unreadable body…: the HTTP status, as a translated problem document. */
@Provider
public class WebApplicationExceptionMapper extends ProblemMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response response = problem(status, Problem.GENERIC_TYPE, titleKeyFor(status),
                null, null);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }
}

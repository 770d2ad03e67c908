package eu.socialmap.search.api;

import eu.socialmap.search.boundary.ServiceSearch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Words to complete what is being typed in the social map's search box (public, like the map itself). */
@Path("v1/suggestions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search", description = "The social map's search")
public class SuggestionsResource {

    static final int MAX_TYPED = 200;

    @Inject
    ServiceSearch search;

    /** Up to {@code limit} (at most 20) completions of the last word of {@code q}, the most frequent first. */
    @GET
    public Response suggest(@QueryParam("q") String q, @QueryParam("limit") Integer limit) {
        String typed = q == null ? "" : q.length() > MAX_TYPED ? q.substring(0, MAX_TYPED) : q;
        List<String> words = search.suggest(typed, limit == null ? 8 : limit);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(words).cacheControl(cache).build();
    }
}

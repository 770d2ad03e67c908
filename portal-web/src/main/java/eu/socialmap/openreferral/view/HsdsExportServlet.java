package eu.socialmap.openreferral.view;

import eu.socialmap.openreferral.boundary.OpenReferral;
import eu.socialmap.openreferral.control.HsdsWriter;
import eu.socialmap.platform.control.LanguageNegotiation;
import eu.socialmap.platform.entity.Language;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The coordinators' download of the whole social map as one HSDS 3.0 document (fully nested services, texts in the
 * three languages): what the import page reads back. {@code /coordination/*} is for coordinators (web.xml), and
 * {@link OpenReferral#exportedServices()} checks the role again. The document is streamed: services are loaded
 * {@link OpenReferral#EXPORT_BATCH} at a time, each batch in its own short transaction, and written as they come,
 * so memory stays bounded whatever the size of the map.
 */
@WebServlet("/coordination/hsds-export")
public class HsdsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenReferral openReferral;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = Language.fromTag(request.getParameter("lang")).orElseGet(() ->
                LanguageNegotiation.choose(null, request.getHeader("Accept-Language")));
        // asked before anything is written: a refusal is still an ordinary error page, not a cut document
        List<Long> ids = openReferral.exportedServices();
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"socialmap-hsds-" + LocalDate.now() + ".json\"");
        try (JsonGenerator json = Json.createGenerator(response.getOutputStream())) {
            json.writeStartObject().write("version", HsdsWriter.VERSION).write("language", language.code())
                    .write("exported_at", Instant.now().toString()).writeStartArray("services");
            for (int from = 0; from < ids.size(); from += OpenReferral.EXPORT_BATCH) {
                openReferral.exportBatch(List.copyOf(ids.subList(from, Math.min(ids.size(), from + OpenReferral.EXPORT_BATCH))),
                        language)
                        .forEach(json::write);
                json.flush();
            }
            json.writeEnd().writeEnd();
        }
    }
}

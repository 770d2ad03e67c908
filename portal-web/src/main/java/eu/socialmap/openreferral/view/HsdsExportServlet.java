package eu.socialmap.openreferral.view;

import eu.socialmap.openreferral.boundary.OpenReferral;
import eu.socialmap.openreferral.control.HsdsTablesWriter;
import eu.socialmap.openreferral.control.HsdsWriter;
import eu.socialmap.platform.control.LanguageNegotiation;
import eu.socialmap.platform.entity.Language;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.util.logging.Logger;

/**
 * The coordinators' download of the whole social map as one HSDS 3.0 document (fully nested services, texts in the
 * three languages): what the import page reads back. {@code /coordination/*} is for coordinators (web.xml), and
 * {@link OpenReferral#exportedServices()} checks the role again. The document is streamed: services are loaded
 * {@link OpenReferral#EXPORT_BATCH} at a time, each batch in its own short transaction, and written as they come,
 * so memory stays bounded whatever the size of the map. {@code ?format=csv}: the same services as a zipped CSV data
 * package ({@link HsdsTablesWriter}).
 */
@WebServlet("/coordination/hsds-export")
public class HsdsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HsdsExportServlet.class.getName());

    @Inject
    OpenReferral openReferral;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = Language.fromTag(request.getParameter("lang")).orElseGet(() ->
                LanguageNegotiation.choose(null, request.getHeader("Accept-Language")));
        // asked before anything is written: a refusal is still an ordinary error page, not a cut document
        List<Long> ids = openReferral.exportedServices();
        if ("csv".equalsIgnoreCase(request.getParameter("format"))) {
            writeDataPackage(ids, language, response);
            return;
        }
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

    /**
     * The same services as an HSDS 3.0 CSV data package (what the import page reads too). A zip holds one file after
     * the other, so the rows go to temporary files batch by batch and the zip is sent once all are written: memory
     * stays bounded, and a failure while loading is still an ordinary error page.
     */
    private void writeDataPackage(List<Long> ids, Language language, HttpServletResponse response) throws IOException {
        try (HsdsTablesWriter tables = HsdsTablesWriter.inTemporaryDirectory()) {
            for (int from = 0; from < ids.size(); from += OpenReferral.EXPORT_BATCH) {
                for (JsonObject service : openReferral.exportBatch(List.copyOf(ids.subList(from,
                        Math.min(ids.size(), from + OpenReferral.EXPORT_BATCH))), language)) {
                    tables.add(service);
                }
            }
            if (!tables.dropped().isEmpty()) {
                LOG.warning(() -> "HSDS CSV export: no column for " + tables.dropped());
            }
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition", "attachment; filename=\"socialmap-hsds-" + LocalDate.now() + ".zip\"");
            tables.writeZip(response.getOutputStream());
        }
    }
}

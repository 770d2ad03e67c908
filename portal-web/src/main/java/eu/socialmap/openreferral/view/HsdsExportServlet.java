package eu.socialmap.openreferral.view;

import eu.socialmap.openreferral.boundary.OpenReferral;
import eu.socialmap.platform.control.LanguageNegotiation;
import eu.socialmap.platform.entity.Language;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The coordinators' download of the whole social map as one HSDS 3.0 document (fully nested services, texts in the
 * three languages): what the import page reads back. {@code /coordination/*} is for coordinators (web.xml).
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
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"socialmap-hsds-" + LocalDate.now() + ".json\"");
        try (var writer = Json.createWriter(response.getOutputStream())) {
            writer.writeObject(openReferral.export(language));
        }
    }
}

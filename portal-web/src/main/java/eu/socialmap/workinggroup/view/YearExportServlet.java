package eu.socialmap.workinggroup.view;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.PageIds;
import eu.socialmap.workinggroup.boundary.MeetingRecords;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * A group's year for the network's annual report ({@code /groups/year?group=&year=&format=pdf|csv}): its meetings,
 * attendance per organisation and approved minutes, for the group's leads and the coordinators (checked by
 * {@link MeetingRecords}); in the reader's language.
 */
@WebServlet("/groups/year")
public class YearExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingRecords records;

    @Inject
    LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long group = PageIds.parse(request.getParameter("group"));
        String typedYear = request.getParameter("year");
        if (typedYear == null || !typedYear.matches("\\d{4}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        int year = Integer.parseInt(typedYear);
        boolean csv = "csv".equalsIgnoreCase(request.getParameter("format"));
        try {
            // built before anything is written: a refusal is still a plain error, not half a file
            byte[] body;
            if (csv) {
                StringWriter out = new StringWriter();
                records.yearCsv(group, year, language.getLanguage(), out);
                body = ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
            } else {
                body = records.yearPdf(group, year, language.getLanguage());
            }
            response.setContentType(csv ? "text/csv; charset=UTF-8" : "application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"group-" + group + "-" + year
                    + (csv ? ".csv" : ".pdf") + "\"");
            response.setHeader("Cache-Control", "private, no-store");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } catch (BusinessException refusal) {
            response.sendError(refusal.kind() == BusinessException.Kind.FORBIDDEN ? HttpServletResponse.SC_FORBIDDEN
                    : HttpServletResponse.SC_NOT_FOUND);
        }
    }
}

package eu.socialmap.indicator.view;

import eu.socialmap.indicator.boundary.IndicatorDashboards;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.PageIds;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * An entry's evidence ({@code /indicators/evidence?id=}) and the funder's report
 * ({@code /indicators/report?from=&to=&format=pdf|xlsx}), for people of member organisations and coordinators;
 * never kept by shared caches. Anyone else, and a file that does not exist, gets "not found" (the report: 403).
 */
@WebServlet({"/indicators/evidence", "/indicators/report"})
public class IndicatorFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorDashboards dashboards;

    @Inject
    LanguageSelection language;

    private record File(String name, String type, byte[] content) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        File file;
        try {
            file = switch (request.getServletPath()) {
                case "/indicators/evidence" -> evidence(PageIds.parse(request.getParameter("id")));
                case "/indicators/report" -> report(request.getParameter("from"), request.getParameter("to"),
                        request.getParameter("format"));
                default -> null;
            };
        } catch (BusinessException refusal) {
            response.sendError(refusal.kind() == BusinessException.Kind.FORBIDDEN ? HttpServletResponse.SC_FORBIDDEN
                    : refusal.kind() == BusinessException.Kind.INVALID ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException notAllowed) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.type());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiName(file.name())
                + "\"; filename*=UTF-8''" + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    private File evidence(long entryId) {
        IndicatorDashboards.Evidence evidence = dashboards.evidence(entryId);
        return new File(evidence.fileName(), evidence.contentType(), evidence.content());
    }

    private File report(String from, String to, String format) {
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(from == null ? "" : from.strip());
            end = LocalDate.parse(to == null ? "" : to.strip());
        } catch (DateTimeParseException unreadable) {
            throw new BusinessException(BusinessException.Kind.INVALID, "indicator.view.badDate");
        }
        String name = "indicators-" + start + "-" + end;
        return switch (format == null ? "" : format) {
            case "pdf" -> new File(name + ".pdf", "application/pdf",
                    dashboards.reportPdf(start, end, language.getLanguage()));
            case "xlsx" -> new File(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    dashboards.reportXlsx(start, end, language.getLanguage()));
            default -> null;
        };
    }

    /** The name with anything outside printable ASCII (and quotes, backslashes) replaced, for old clients. */
    static String asciiName(String name) {
        return name.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
    }
}

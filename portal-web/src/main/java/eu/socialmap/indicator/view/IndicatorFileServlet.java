package eu.socialmap.indicator.view;

import eu.socialmap.indicator.boundary.IndicatorDashboards;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.FileDownloads;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.PageIds;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
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
        FileDownloads.send(response, file.name(), file.type(), file.content(), false);
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
}

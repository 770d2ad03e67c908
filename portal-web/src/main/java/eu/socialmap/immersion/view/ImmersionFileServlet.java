package eu.socialmap.immersion.view;

import eu.socialmap.immersion.boundary.ImmersionDocuments;
import eu.socialmap.immersion.boundary.ImmersionFigures;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
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
import java.nio.charset.StandardCharsets;

/**
 * An immersion's files: its agreement ({@code /immersions/agreement?id=}, PDF) and its calendar entry
 * ({@code /immersions/calendar?id=}, .ics) for the parties, and the coordinator's yearly figures
 * ({@code /coordination/immersion-figures?year=&format=csv|xlsx}). Attachments never kept by shared caches. The
 * services decide who reads what: someone who may not gets 403 (the figures, a calendar for the coordinator), and a
 * booking she has no part in, or a file that does not exist (yet), is "not found".
 */
@WebServlet({"/immersions/agreement", "/immersions/calendar", "/coordination/immersion-figures"})
public class ImmersionFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ImmersionDocuments documents;

    @Inject
    ImmersionFigures figures;

    @Inject
    LanguageSelection language;

    private record File(String name, String type, byte[] content) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            // web.xml asks for a sign-in first; this only guards a changed configuration
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        File file;
        try {
            // built before anything is written: a refusal is still a plain error page, not half a file
            file = switch (request.getServletPath()) {
                case "/immersions/agreement" -> agreement(PageIds.parse(request.getParameter("id")));
                case "/immersions/calendar" -> calendar(PageIds.parse(request.getParameter("id")));
                case "/coordination/immersion-figures" -> figures(request.getParameter("year"),
                        request.getParameter("format"), language.getLanguage());
                default -> null;
            };
        } catch (BusinessException refusal) {
            response.sendError(refusal.kind() == BusinessException.Kind.FORBIDDEN ? HttpServletResponse.SC_FORBIDDEN
                    : HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException notCoordinator) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDownloads.send(response, file.name(), file.type(), file.content(), false);
    }

    private File agreement(long bookingId) {
        return new File("immersion-agreement-" + bookingId + ".pdf", "application/pdf", documents.agreement(bookingId));
    }

    private File calendar(long bookingId) {
        return new File("immersion-" + bookingId + ".ics", "text/calendar; charset=UTF-8",
                documents.calendar(bookingId).getBytes(StandardCharsets.UTF_8));
    }

    private File figures(String year, String format, Language reader) {
        long typed = PageIds.parse(year);
        if (typed < ImmersionFigures.FIRST_YEAR || typed > ImmersionFigures.LAST_YEAR) {
            return null;
        }
        int chosen = (int) typed;
        return switch (format == null ? "" : format) {
            case "csv" -> new File("immersions-" + chosen + ".csv", "text/csv; charset=UTF-8", figures.csv(chosen, reader));
            case "xlsx" -> new File("immersions-" + chosen + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", figures.xlsx(chosen, reader));
            default -> null;
        };
    }
}

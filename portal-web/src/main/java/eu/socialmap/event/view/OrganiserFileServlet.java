package eu.socialmap.event.view;

import eu.socialmap.event.boundary.OrganiserDocuments;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.view.FileDownloads;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.PageIds;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * An event's files for its organisers ({@code /events/file?event=&what=badges|attendees|csv|xlsx}), in the reader's
 * language, as attachments never cached by shared caches. Someone who does not organise the event: 403; an unknown
 * event or file: 404.
 */
@WebServlet("/events/file")
public class OrganiserFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganiserDocuments documents;

    @Inject
    LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long event = PageIds.parse(request.getParameter("event"));
        String what = request.getParameter("what");
        Language reader = language.getLanguage();
        OrganiserDocuments.Document document;
        try {
            // built before anything is written: a refusal is still a plain error, not half a file
            document = switch (what == null ? "" : what) {
                case "badges" -> documents.badges(event, reader);
                case "attendees" -> documents.attendeeList(event, reader);
                case "csv" -> documents.csv(event, reader);
                case "xlsx" -> documents.xlsx(event, reader);
                default -> null;
            };
        } catch (BusinessException refusal) {
            response.sendError(refusal.kind() == BusinessException.Kind.FORBIDDEN ? HttpServletResponse.SC_FORBIDDEN
                    : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (document == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDownloads.send(response, document.fileName(), document.contentType(), document.content(), false);
    }
}

package eu.socialmap.event.view;

import eu.socialmap.event.boundary.ParticipantDocuments;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A participant's ticket and certificate ({@code /events/ticket?token=…&what=ticket|qr|certificate}, or
 * {@code registration=} instead of the token when she is signed in). Never cached by shared caches: the link is
 * personal. A link that matches nothing gets "not found"; a ticket or certificate not (yet) hers, "conflict".
 */
@WebServlet("/events/ticket")
public class TicketServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ParticipantDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        String registration = request.getParameter("registration");
        if (token == null && (registration == null || request.getUserPrincipal() == null)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ParticipantDocuments.Holder holder = new ParticipantDocuments.Holder(token,
                token != null ? null : eu.socialmap.platform.view.PageIds.parse(registration));
        String what = request.getParameter("what") == null ? "ticket" : request.getParameter("what");
        byte[] body;
        String type;
        String name;
        try {
            switch (what) {
                case "qr" -> { body = documents.ticketPng(holder); type = "image/png"; name = null; }
                case "certificate" -> { body = documents.certificate(holder); type = "application/pdf"; name = "certificate.pdf"; }
                case "ticket" -> { body = documents.ticketPdf(holder); type = "application/pdf"; name = "ticket.pdf"; }
                default -> { response.sendError(HttpServletResponse.SC_NOT_FOUND); return; }
            }
        } catch (BusinessException refused) {
            response.sendError(refused.kind() == BusinessException.Kind.CONFLICT ? HttpServletResponse.SC_CONFLICT
                    : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setContentLength(body.length);
        response.setHeader("Cache-Control", "private, no-store");
        if (name != null) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        }
        response.getOutputStream().write(body);
    }
}

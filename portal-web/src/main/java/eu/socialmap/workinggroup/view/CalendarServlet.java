package eu.socialmap.workinggroup.view;

import eu.socialmap.platform.control.LanguageNegotiation;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.view.PageIds;
import eu.socialmap.workinggroup.boundary.GroupCalendars;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * iCalendar files for calendar applications: {@code /calendar/feed/<token>.ics} (a person's own meetings, at a
 * secret address: calendar applications cannot sign in), {@code /calendar/group/<id>.ics} (details for members
 * signed in, dates and titles for others) and {@code /calendar/meeting/<id>.ics} (members). Anything unknown or
 * not for this person is "not found".
 */
@WebServlet("/calendar/*")
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(feed|group|meeting)/([A-Za-z0-9_-]{1,100})\\.ics");

    @Inject
    GroupCalendars calendars;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = Language.fromTag(request.getParameter("lang")).orElseGet(() ->
                LanguageNegotiation.choose(null, request.getHeader("Accept-Language")));
        Optional<String> calendar;
        try {
            calendar = switch (path.group(1)) {
                case "feed" -> calendars.personal(path.group(2));
                case "group" -> Optional.of(calendars.group(PageIds.parse(path.group(2)), language));
                default -> Optional.of(calendars.meeting(PageIds.parse(path.group(2)), language));
            };
        } catch (BusinessException notVisible) {
            calendar = Optional.empty();
        }
        if (calendar.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar; charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // a secret feed or a members' file must not sit in shared caches
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "inline; filename=\"" + path.group(1) + ".ics\"");
        response.getWriter().write(calendar.get());
    }
}

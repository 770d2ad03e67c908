package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.PersonalData;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Downloads everything the portal holds about the signed-in person, as JSON (GDPR right of access). */
@WebServlet("/account/data")
public class PersonalDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonalData personalData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] json = personalData.export().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"socialmap-my-data.json\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}

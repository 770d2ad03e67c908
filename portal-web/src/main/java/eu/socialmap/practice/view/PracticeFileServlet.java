package eu.socialmap.practice.view;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.PageIds;
import eu.socialmap.practice.boundary.PracticeFiles;
import eu.socialmap.practice.boundary.Practices;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A sheet's files ({@code /practices/file?id=}: pictures shown inline, attachments downloaded) and the sheet as a PDF
 * ({@code /practices/pdf?id=}). Not container-protected, since public sheets are public: the services apply the
 * sheet's rule, and a sheet or file the reader may not see is "not found", as one that does not exist. Never kept by
 * shared caches.
 */
@WebServlet({"/practices/file", "/practices/pdf"})
public class PracticeFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PracticeFiles files;

    @Inject
    Practices practices;

    @Inject
    LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = PageIds.parse(request.getParameter("id"));
        } catch (RuntimeException bad) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if ("/practices/pdf".equals(request.getServletPath())) {
            pdf(id, response);
        } else {
            file(id, response);
        }
    }

    private void pdf(long sheetId, HttpServletResponse response) throws IOException {
        byte[] pdf;
        try {
            pdf = practices.pdf(sheetId, language.getLanguage());
        } catch (BusinessException notReadable) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        headers(response, "application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"practice-" + sheetId + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private void file(long fileId, HttpServletResponse response) throws IOException {
        PracticeFiles.Download download;
        try {
            download = files.open(fileId);
        } catch (BusinessException notReadable) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = download.content()) {
            headers(response, download.contentType());
            response.setContentLengthLong(download.size());
            String ascii = download.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
            // pictures are shown in the page; anything else is saved, never opened in the portal's origin
            String disposition = download.contentType().startsWith("image/") ? "inline" : "attachment";
            response.setHeader("Content-Disposition", disposition + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                    + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
            in.transferTo(response.getOutputStream());
        }
    }

    private static void headers(HttpServletResponse response, String type) {
        response.setContentType(type);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
    }
}

package eu.socialmap.practice.view;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.FileDownloads;
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
        FileDownloads.send(response, "practice-" + sheetId + ".pdf", "application/pdf", pdf, true);
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
            // pictures are shown in the page; anything else is saved, never opened in the portal's origin
            FileDownloads.send(response, download.fileName(), download.contentType(), download.size(), in,
                    download.contentType().startsWith("image/"));
        }
    }
}

package eu.socialmap.workinggroup.view;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.FileDownloads;
import eu.socialmap.platform.view.PageIds;
import eu.socialmap.workinggroup.boundary.MeetingRecords;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;

/**
 * A meeting's file ({@code /groups/document?id=}), for the members who may read it: as an attachment with its
 * checked content type, never sniffed, never cached by shared caches. Anyone else, and any unknown id, gets "not
 * found".
 */
@WebServlet("/groups/document")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingRecords records;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MeetingRecords.Download download;
        try {
            download = records.download(PageIds.parse(request.getParameter("id")));
        } catch (BusinessException notReadable) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = download.open()) {
            FileDownloads.send(response, download.fileName(), download.contentType(), download.size(), in, false);
        }
    }
}

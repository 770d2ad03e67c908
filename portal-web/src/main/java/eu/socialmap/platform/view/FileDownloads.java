package eu.socialmap.platform.view;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How the portal's servlets send a file: with its content type, never sniffed, never kept by shared caches, named
 * for the browser in ASCII and in full (RFC 6266 {@code filename*}). A file is built or opened before it is sent, so
 * that a refusal is still a plain error page, not half a file.
 */
public final class FileDownloads {

    private FileDownloads() {
    }

    /** Sends a file held in memory: {@code inline} shows it in the browser, else it is saved. */
    public static void send(HttpServletResponse response, String name, String type, byte[] content, boolean inline)
            throws IOException {
        headers(response, name, type, inline);
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** Sends a stored file of {@code size} bytes; the caller closes {@code content}. */
    public static void send(HttpServletResponse response, String name, String type, long size, InputStream content,
                            boolean inline) throws IOException {
        headers(response, name, type, inline);
        response.setContentLengthLong(size);
        content.transferTo(response.getOutputStream());
    }

    private static void headers(HttpServletResponse response, String name, String type, boolean inline) {
        response.setContentType(type);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", disposition(name, inline));
    }

    /**
     * The Content-Disposition of a file: its name with anything but letters, digits, dots, dashes, underscores and
     * spaces replaced for old clients, then in full, percent-encoded.
     */
    static String disposition(String name, boolean inline) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

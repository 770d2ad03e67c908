package eu.socialmap.platform.view;

import jakarta.faces.context.FacesContext;

import java.io.IOException;

/**
 * Ends a page's request with an error page (web.xml maps each status to a translated page): "not found" for what
 * does not exist or is not the reader's to see, "forbidden" for what she may see but not do.
 */
public final class ErrorPages {

    private ErrorPages() {
    }

    public static void send(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, null);
        faces.responseComplete();
    }
}

package eu.socialmap.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The Content-Security-Policy nonce of this response, which PrimeFaces checks again on every form post. Pages
 * without PrimeFaces components do not load the script that would add it to forms, so forms carry it themselves
 * ({@code WEB-INF/includes/form-nonce.xhtml}).
 */
@Named
@RequestScoped
public class CspNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}

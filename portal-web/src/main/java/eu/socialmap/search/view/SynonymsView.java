package eu.socialmap.search.view;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.search.boundary.SynonymList;
import eu.socialmap.search.control.SynonymLines;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The coordinators edit the search's synonyms across languages ({@code /coordination/synonyms}). */
@Named
@ViewScoped
public class SynonymsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SynonymList synonyms;

    @Inject
    Notices notices;

    private String text;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            text = SynonymLines.write(synonyms.groups());
        }
    }

    public void save() {
        try {
            synonyms.replace(text);
            notices.info("search.synonyms.saved");
            text = SynonymLines.write(synonyms.groups());
        } catch (BusinessException refusal) {
            notices.error(refusal, "synonyms");
        }
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}

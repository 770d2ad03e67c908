package eu.socialmap.directory.view;

import eu.socialmap.directory.boundary.ServiceCatalogue;
import eu.socialmap.directory.boundary.Taxonomies;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The coordinators keep the themes and publics of the social map ({@code /coordination/themes}). */
@Named
@ViewScoped
public class TaxonomiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Taxonomies taxonomies;

    @Inject
    Notices notices;

    private List<Row> themes;
    private List<Row> audiences;
    private String taxonomy = TaxonomyTerm.Taxonomy.THEME.name();
    private String code;
    private final Row added = new Row();

    /** One term as shown and edited. */
    public static final class Row implements Serializable {
        private long id;
        private String code;
        private String fr;
        private String nl;
        private String en;

        static Row of(TaxonomyTerm term) {
            Row row = new Row();
            row.id = term.getId();
            row.code = term.getCode();
            row.fr = term.getName().exactly(Language.FR);
            row.nl = term.getName().exactly(Language.NL);
            row.en = term.getName().exactly(Language.EN);
            return row;
        }

        public long getId() { return id; }
        public String getCode() { return code; }
        public String getFr() { return fr; }
        public void setFr(String fr) { this.fr = fr; }
        public String getNl() { return nl; }
        public void setNl(String nl) { this.nl = nl; }
        public String getEn() { return en; }
        public void setEn(String en) { this.en = en; }
    }

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            refresh();
        }
    }

    private void refresh() {
        themes = new ArrayList<>(catalogue.terms(TaxonomyTerm.Taxonomy.THEME).stream().map(Row::of).toList());
        audiences = new ArrayList<>(catalogue.terms(TaxonomyTerm.Taxonomy.AUDIENCE).stream().map(Row::of).toList());
    }

    public void rename(Row row) {
        try {
            taxonomies.rename(row.id, row.fr, row.nl, row.en);
            notices.info("directory.term.saved");
        } catch (BusinessException refusal) {
            notices.error(refusal);
        }
    }

    public void add() {
        try {
            taxonomies.add(InputCheck.named(TaxonomyTerm.Taxonomy.class, taxonomy), code, added.fr, added.nl, added.en);
            notices.info("directory.term.added");
            code = null;
            added.fr = added.nl = added.en = null;
            refresh();
        } catch (BusinessException refusal) {
            notices.error(refusal, "add");
        }
    }

    public List<Row> getThemes() { return themes; }
    public List<Row> getAudiences() { return audiences; }
    public String getTaxonomy() { return taxonomy; }
    public void setTaxonomy(String taxonomy) { this.taxonomy = taxonomy; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Row getAdded() { return added; }
}

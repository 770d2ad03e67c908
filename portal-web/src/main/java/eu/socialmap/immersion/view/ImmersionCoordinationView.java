package eu.socialmap.immersion.view;

import eu.socialmap.immersion.boundary.ImmersionCoordination;
import eu.socialmap.immersion.boundary.ImmersionFigures;
import eu.socialmap.immersion.control.YearFigures;
import eu.socialmap.immersion.entity.AgreementClauses;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The coordinator's immersions ({@code /coordination/immersions?year=&page=}): a year's figures against the target
 * with their breakdowns and exports, the target of that year, the agreement's clauses (a new version), and every
 * booking a page at a time, each leading to its page where the coordinator reads it and its report.
 */
@Named
@ViewScoped
public class ImmersionCoordinationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImmersionFigures figures;

    @Inject
    ImmersionCoordination coordination;

    @Inject
    LanguageSelection language;

    @Inject
    Notices notices;

    private String year;
    private String page;
    private int chosenYear;
    private List<Integer> years = List.of();
    private YearFigures yearFigures;
    private ImmersionCoordination.BookingPage bookings;
    private String target;
    private int clausesVersion;
    private AgreementClauses clauses;
    private String insuranceFr;
    private String insuranceNl;
    private String insuranceEn;
    private String confidentialityFr;
    private String confidentialityNl;
    private String confidentialityEn;

    public void load() throws IOException {
        try {
            years = figures.years();
            long typed = PageIds.parse(year);
            int thisYear = LocalDate.now(Messages.NETWORK_ZONE).getYear();
            chosenYear = typed >= ImmersionFigures.FIRST_YEAR && typed <= ImmersionFigures.LAST_YEAR ? (int) typed : thisYear;
            year = String.valueOf(chosenYear); // the year chosen in the list
            yearFigures = figures.of(chosenYear, language.getLanguage());
            target = String.valueOf(yearFigures.target());
            clauses = coordination.clauses();
            clausesVersion = clauses.getVersion();
            insuranceFr = clauses.getInsurance().exactly(Language.FR);
            insuranceNl = clauses.getInsurance().exactly(Language.NL);
            insuranceEn = clauses.getInsurance().exactly(Language.EN);
            confidentialityFr = clauses.getConfidentiality().exactly(Language.FR);
            confidentialityNl = clauses.getConfidentiality().exactly(Language.NL);
            confidentialityEn = clauses.getConfidentiality().exactly(Language.EN);
            long typedPage = PageIds.parse(page);
            bookings = coordination.bookings(typedPage < 1 ? 1 : (int) Math.min(typedPage, 100_000));
        } catch (BusinessException refusal) {
            ErrorPages.send(refusal.kind() == BusinessException.Kind.FORBIDDEN ? 403 : 404);
        }
    }

    public String saveTarget() {
        // anything but a whole number is refused by the service with the range it accepts
        long typed = PageIds.parse(target);
        int professionals = typed > Integer.MAX_VALUE ? -1 : (int) typed;
        return notices.afterAction(() -> figures.setTarget(chosenYear, professionals),
                "immersion.coordination.targetSaved", "target", outcome());
    }

    public String saveClauses() {
        try {
            AgreementClauses saved = coordination.writeClauses(clausesVersion, insuranceFr, insuranceNl, insuranceEn,
                    confidentialityFr, confidentialityNl, confidentialityEn);
            notices.info("immersion.coordination.clausesSaved", String.valueOf(saved.getVersion()));
            notices.keepAcrossRedirect();
            return outcome();
        } catch (BusinessException refusal) {
            notices.error(refusal, "clauses");
            return null;
        }
    }

    private String outcome() {
        return "/coordination/immersions?faces-redirect=true&year=" + chosenYear;
    }

    /** The address of the same year at another page of the bookings. */
    public String pageLink(int toPage) {
        return "?year=" + chosenYear + "&page=" + toPage + "#bookings-title";
    }

    /** The bar's maximum: the target, or the professionals when they passed it (a full bar). */
    public long getProgressMax() {
        return yearFigures == null ? 1 : Math.max(Math.max(1, yearFigures.target()), yearFigures.professionals());
    }

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public int getChosenYear() { return chosenYear; }
    public List<Integer> getYears() { return years; }
    public YearFigures getFigures() { return yearFigures; }
    public ImmersionCoordination.BookingPage getBookings() { return bookings; }
    public AgreementClauses getClauses() { return clauses; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public String getInsuranceFr() { return insuranceFr; }
    public void setInsuranceFr(String insuranceFr) { this.insuranceFr = insuranceFr; }
    public String getInsuranceNl() { return insuranceNl; }
    public void setInsuranceNl(String insuranceNl) { this.insuranceNl = insuranceNl; }
    public String getInsuranceEn() { return insuranceEn; }
    public void setInsuranceEn(String insuranceEn) { this.insuranceEn = insuranceEn; }
    public String getConfidentialityFr() { return confidentialityFr; }
    public void setConfidentialityFr(String confidentialityFr) { this.confidentialityFr = confidentialityFr; }
    public String getConfidentialityNl() { return confidentialityNl; }
    public void setConfidentialityNl(String confidentialityNl) { this.confidentialityNl = confidentialityNl; }
    public String getConfidentialityEn() { return confidentialityEn; }
    public void setConfidentialityEn(String confidentialityEn) { this.confidentialityEn = confidentialityEn; }
}

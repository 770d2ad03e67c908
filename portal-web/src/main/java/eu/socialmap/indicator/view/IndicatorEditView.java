package eu.socialmap.indicator.view;

import eu.socialmap.event.entity.ParticipantType;
import eu.socialmap.indicator.boundary.Indicators;
import eu.socialmap.indicator.entity.Indicator;
import eu.socialmap.indicator.entity.IndicatorDetails;
import eu.socialmap.indicator.entity.Measure;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The coordinator's editor of an indicator ({@code /coordination/indicator[?id=]}): names and units in three
 * languages, target, period, territory, how it is fed (a measure of the portal's data, or entered by partners),
 * shown on the home page or not, its place in the list. Numbers and dates typed wrong, and every rule of the
 * service, are said next to their fields; nothing typed is lost.
 */
@Named
@ViewScoped
public class IndicatorEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "indicator";

    @Inject
    Indicators indicators;

    @Inject
    Notices notices;

    private String id;
    private Long indicatorId;
    private long version;
    private boolean loaded;
    private String nameFr = "";
    private String nameNl = "";
    private String nameEn = "";
    private String unitFr = "";
    private String unitNl = "";
    private String unitEn = "";
    private String target = "";
    private String periodStart = "";
    private String periodEnd = "";
    private long entryCount;
    private String territory = "";
    private String source = Indicator.Source.ENTERED.name();
    private String measure = "";
    private String parameter = "";
    private boolean onHome;
    private String position = "0";

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            Indicator indicator = indicators.forEditing(PageIds.parse(id));
            indicatorId = indicator.getId();
            version = indicator.getVersion();
            entryCount = indicators.entryCount(indicatorId);
            IndicatorDetails d = indicator.details();
            nameFr = d.name().exactly(Language.FR);
            nameNl = d.name().exactly(Language.NL);
            nameEn = d.name().exactly(Language.EN);
            unitFr = d.unit().exactly(Language.FR);
            unitNl = d.unit().exactly(Language.NL);
            unitEn = d.unit().exactly(Language.EN);
            target = d.target().stripTrailingZeros().toPlainString();
            periodStart = d.periodStart().toString();
            periodEnd = d.periodEnd().toString();
            territory = d.territory() == null ? "" : d.territory();
            source = d.source().name();
            measure = d.measure() == null ? "" : d.measure().name();
            parameter = d.parameter() == null ? "" : d.parameter();
            onHome = d.onHome();
            position = String.valueOf(d.position());
        } catch (BusinessException refusal) {
            loaded = false;
            ErrorPages.send(404);
        }
    }

    public String save() {
        IndicatorDetails details;
        try {
            details = details();
        } catch (InvalidInput unreadable) {
            notices.error(unreadable, FORM);
            return null;
        }
        return notices.afterAction(() -> {
            if (indicatorId == null) {
                indicators.create(details);
            } else {
                indicators.update(indicatorId, version, details);
            }
        }, "indicator.edit.saved", FORM, "/coordination/indicators?faces-redirect=true");
    }

    /** Deletes the indicator with its entered values (the page asked first, saying how many). */
    public String delete() {
        return notices.afterAction(() -> indicators.delete(indicatorId, version), "indicator.edit.deleted", FORM,
                "/coordination/indicators?faces-redirect=true");
    }

    /** What was typed, as the service takes it; numbers and dates that cannot be read are refused here. */
    IndicatorDetails details() {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        BigDecimal targetValue = decimal("target", target, errors);
        LocalDate start = date("periodStart", periodStart, errors);
        LocalDate end = date("periodEnd", periodEnd, errors);
        int place = 0;
        if (position != null && !position.isBlank()) {
            try {
                place = Integer.parseInt(position.strip());
            } catch (NumberFormatException notANumber) {
                errors.add(new InvalidInput.FieldError("position", "indicator.enter.number", List.of()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new IndicatorDetails(new LocalizedText(nameFr, nameNl, nameEn), new LocalizedText(unitFr, unitNl, unitEn),
                targetValue, start, end, territory, InputCheck.named(Indicator.Source.class, source),
                InputCheck.named(Measure.class, measure), parameter, onHome, place);
    }

    private static BigDecimal decimal(String field, String typed, List<InvalidInput.FieldError> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException notANumber) {
            errors.add(new InvalidInput.FieldError(field, "indicator.enter.number", List.of()));
            return null;
        }
    }

    private static LocalDate date(String field, String typed, List<InvalidInput.FieldError> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            errors.add(new InvalidInput.FieldError(field, "indicator.view.badDate", List.of()));
            return null;
        }
    }

    public Measure[] getMeasures() { return Measure.values(); }
    public ParticipantType[] getParticipantTypes() { return ParticipantType.values(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getIndicatorId() { return indicatorId; }
    public long getEntryCount() { return entryCount; }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String v) { nameFr = v; }
    public String getNameNl() { return nameNl; }
    public void setNameNl(String v) { nameNl = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public String getUnitFr() { return unitFr; }
    public void setUnitFr(String v) { unitFr = v; }
    public String getUnitNl() { return unitNl; }
    public void setUnitNl(String v) { unitNl = v; }
    public String getUnitEn() { return unitEn; }
    public void setUnitEn(String v) { unitEn = v; }
    public String getTarget() { return target; }
    public void setTarget(String v) { target = v; }
    public String getPeriodStart() { return periodStart; }
    public void setPeriodStart(String v) { periodStart = v; }
    public String getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(String v) { periodEnd = v; }
    public String getTerritory() { return territory; }
    public void setTerritory(String v) { territory = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getMeasure() { return measure; }
    public void setMeasure(String v) { measure = v; }
    public String getParameter() { return parameter; }
    public void setParameter(String v) { parameter = v; }
    public boolean isOnHome() { return onHome; }
    public void setOnHome(boolean v) { onHome = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { position = v; }
}

package eu.socialmap.indicator.view;

import eu.socialmap.indicator.boundary.IndicatorDashboards;
import eu.socialmap.indicator.control.EvidenceFiles;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A partner's value for an entered indicator ({@code /indicators/enter?id=}): value, date, side of the border,
 * territory, a note and the evidence file; a coordinator chooses the member organisation it is for. Every refusal
 * next to its field, what was typed kept (a file has to be chosen again: browsers never refill a file field).
 */
@Named
@ViewScoped
public class EntryView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A little more than the largest file accepted, so that "too large" is said by the service. */
    private static final long MAX_READ = EvidenceFiles.MAX_BYTES + 1;

    @Inject
    IndicatorDashboards dashboards;

    @Inject
    LanguageSelection language;

    @Inject
    Notices notices;

    private String id;
    private Long indicatorId;
    private IndicatorDashboards.EntryContext context;
    private Long organisationId;
    private String value;
    private String date;
    private String country;
    private String territory;
    private String note;
    private transient Part file;

    public void load() throws IOException {
        if (indicatorId != null) {
            return;
        }
        try {
            context = dashboards.entryContext(PageIds.parse(id), language.getLanguage());
        } catch (BusinessException refusal) {
            ErrorPages.send(refusal.kind() == BusinessException.Kind.FORBIDDEN ? 403 : 404);
            return;
        }
        indicatorId = context.progress().id();
        country = context.ownCountry();
        territory = context.ownCommune();
        LocalDate today = LocalDate.now(eu.socialmap.platform.control.Messages.NETWORK_ZONE);
        date = (today.isAfter(context.progress().periodEnd()) ? context.progress().periodEnd() : today).toString();
    }

    public String save() {
        List<InvalidInput.FieldError> unreadable = new ArrayList<>();
        BigDecimal amount = null;
        if (value != null && !value.isBlank()) {
            try {
                amount = new BigDecimal(value.strip().replace(',', '.').replace(" ", ""));
            } catch (NumberFormatException notANumber) {
                unreadable.add(new InvalidInput.FieldError("value", "indicator.enter.number", List.of()));
            }
        }
        LocalDate day = null;
        if (date != null && !date.isBlank()) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException notADate) {
                unreadable.add(new InvalidInput.FieldError("date", "indicator.view.badDate", List.of()));
            }
        }
        if (!unreadable.isEmpty()) {
            notices.error(new InvalidInput(unreadable), "entry");
            return null;
        }
        byte[] content = null;
        String fileName = null;
        if (file != null && file.getSize() > 0) {
            try (InputStream in = file.getInputStream()) {
                content = in.readNBytes((int) Math.min(MAX_READ, file.getSize()));
                fileName = file.getSubmittedFileName();
            } catch (IOException e) {
                notices.error(new InvalidInput(List.of(new InvalidInput.FieldError("file", "indicator.evidence.unreadable",
                        List.of()))), "entry");
                return null;
            }
        }
        IndicatorDashboards.EntryInput input = new IndicatorDashboards.EntryInput(
                context.coordinator() ? organisationId : null, amount, day, territory, country, note);
        byte[] evidence = content;
        String name = fileName;
        return notices.afterAction(() -> dashboards.enter(indicatorId, input, name, evidence), "indicator.enter.saved",
                "entry", "/indicators/view?faces-redirect=true&id=" + indicatorId);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getIndicatorId() { return indicatorId; }
    public IndicatorDashboards.EntryContext getContext() { return context; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getTerritory() { return territory; }
    public void setTerritory(String territory) { this.territory = territory; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}

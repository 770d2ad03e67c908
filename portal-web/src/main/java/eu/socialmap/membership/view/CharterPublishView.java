package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.membership.entity.CharterVersion;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The coordinator publishes a new version of the charter (starting from the text in force). */
@Named
@ViewScoped
public class CharterPublishView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Charter charter;

    @Inject
    Notices notices;

    private String textFr;
    private String textNl;
    private String textEn;
    private String effectiveOn;

    public void load() {
        if (textFr == null && textNl == null && textEn == null) {
            charter.inForce().ifPresent(current -> {
                textFr = current.getText().exactly(eu.socialmap.platform.entity.Language.FR);
                textNl = current.getText().exactly(eu.socialmap.platform.entity.Language.NL);
                textEn = current.getText().exactly(eu.socialmap.platform.entity.Language.EN);
            });
            effectiveOn = LocalDate.now(eu.socialmap.platform.control.Messages.NETWORK_ZONE).toString();
        }
    }

    public String publish() {
        LocalDate date;
        try {
            date = effectiveOn == null || effectiveOn.isBlank() ? null : LocalDate.parse(effectiveOn.strip());
        } catch (DateTimeParseException notADate) {
            notices.error("input.date");
            return null;
        }
        try {
            CharterVersion version = charter.publish(textFr, textNl, textEn, date);
            notices.info("membership.charter.published", version.getNumber());
            notices.keepAcrossRedirect();
            return "/charter?faces-redirect=true";
        } catch (BusinessException refusal) {
            notices.error(refusal, "publish");
            return null;
        }
    }

    public String getTextFr() { return textFr; }
    public void setTextFr(String textFr) { this.textFr = textFr; }
    public String getTextNl() { return textNl; }
    public void setTextNl(String textNl) { this.textNl = textNl; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public String getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(String effectiveOn) { this.effectiveOn = effectiveOn; }
}

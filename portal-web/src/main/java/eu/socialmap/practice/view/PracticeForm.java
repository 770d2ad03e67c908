package eu.socialmap.practice.view;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.practice.boundary.Practices;
import eu.socialmap.practice.entity.PracticeSection;
import eu.socialmap.practice.entity.PracticeSheet;
import eu.socialmap.practice.entity.PracticeText;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the sheet's editor holds while the person types: the texts of every language (only the one shown is posted,
 * the others stay as typed), themes, publics, partners, contact, visibility. Values are strings as typed; the service
 * checks them all.
 */
public class PracticeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String originalLanguage = Language.DEFAULT.code();
    private String visibility = PracticeSheet.Visibility.PUBLIC.name();
    /** language code → section name → text. */
    private final Map<String, Map<String, String>> texts = new HashMap<>();
    private List<String> themeIds = new ArrayList<>();
    private List<String> publicIds = new ArrayList<>();
    private List<String> partnerIds = new ArrayList<>();
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String source;
    private String startYear;

    public PracticeForm() {
        for (Language language : Language.values()) {
            texts.put(language.code(), new HashMap<>());
        }
    }

    static PracticeForm of(PracticeSheet sheet, Set<Long> themes) {
        PracticeForm form = new PracticeForm();
        form.originalLanguage = sheet.getOriginalLanguage().code();
        form.visibility = sheet.getVisibility().name();
        for (PracticeText text : sheet.getTexts()) {
            form.texts.computeIfAbsent(text.getLang(), l -> new HashMap<>()).put(text.getSection().name(), text.getBody());
        }
        sheet.getTermIds().forEach(id -> (themes.contains(id) ? form.themeIds : form.publicIds).add(String.valueOf(id)));
        sheet.getPartnerIds().forEach(id -> form.partnerIds.add(String.valueOf(id)));
        form.contactName = sheet.getContactName();
        form.contactEmail = sheet.getContactEmail();
        form.contactPhone = sheet.getContactPhone();
        form.source = sheet.getSource();
        form.startYear = sheet.getStartYear() == null ? null : String.valueOf(sheet.getStartYear());
        return form;
    }

    Practices.SheetForm toSheetForm() {
        Map<Language, Map<PracticeSection, String>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<PracticeSection, String> sections = new EnumMap<>(PracticeSection.class);
            texts.getOrDefault(language.code(), Map.of()).forEach((name, body) -> {
                try {
                    sections.put(PracticeSection.valueOf(name), body);
                } catch (IllegalArgumentException unknown) {
                    // only a forged post names another section
                }
            });
            all.put(language, sections);
        }
        Set<Long> terms = new LinkedHashSet<>(ids(themeIds));
        terms.addAll(ids(publicIds));
        return new Practices.SheetForm(Language.fromTag(originalLanguage).orElse(null),
                visibility == null ? null : parseVisibility(visibility), all, terms, ids(partnerIds), contactName,
                contactEmail, contactPhone, source, startYear);
    }

    private static PracticeSheet.Visibility parseVisibility(String value) {
        try {
            return PracticeSheet.Visibility.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static List<Long> ids(List<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                ids.add(Long.parseLong(value));
            } catch (NumberFormatException forged) {
                ids.add(-1L); // refused by the service as unknown
            }
        }
        return ids;
    }

    /** The refusal with its fields named as the page's components ({@code text.fr.TITLE} → {@code text-fr-TITLE}). */
    static BusinessException onForm(BusinessException refusal) {
        if (!(refusal instanceof InvalidInput invalid)) {
            return refusal;
        }
        return new InvalidInput(invalid.fieldErrors().stream()
                .map(e -> new InvalidInput.FieldError(fieldId(e.field()), e.messageKey(), e.arguments())).toList());
    }

    static String fieldId(String field) {
        return switch (field) {
            case "terms" -> "themes";
            case "contactName" -> "contact-name";
            case "contactEmail" -> "contact-email";
            case "contactPhone" -> "contact-phone";
            case "startYear" -> "start-year";
            case "originalLanguage" -> "original-language";
            // one language's sections are shown at a time, under the same ids
            default -> field.startsWith("text.") && field.length() > 8 ? "text-" + field.substring(8) : field.replace('.', '-');
        };
    }

    /** The first language whose texts were refused, to show it. */
    static Optional<String> languageOf(BusinessException refusal) {
        if (refusal instanceof InvalidInput invalid) {
            return invalid.fieldErrors().stream().map(InvalidInput.FieldError::field)
                    .filter(f -> f.startsWith("text.")).map(f -> f.substring(5, 7)).findFirst();
        }
        return Optional.empty();
    }

    public Map<String, Map<String, String>> getTexts() { return texts; }
    public String getOriginalLanguage() { return originalLanguage; }
    public void setOriginalLanguage(String originalLanguage) { this.originalLanguage = originalLanguage; }
    public String getVisibility() { return visibility; }
    public void setVisibility(String visibility) { this.visibility = visibility; }
    public List<String> getThemeIds() { return themeIds; }
    public void setThemeIds(List<String> themeIds) { this.themeIds = themeIds; }
    public List<String> getPublicIds() { return publicIds; }
    public void setPublicIds(List<String> publicIds) { this.publicIds = publicIds; }
    public List<String> getPartnerIds() { return partnerIds; }
    public void setPartnerIds(List<String> partnerIds) { this.partnerIds = partnerIds; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getStartYear() { return startYear; }
    public void setStartYear(String startYear) { this.startYear = startYear; }
}

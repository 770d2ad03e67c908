package eu.socialmap.directory.entity;

import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.LocalizedText;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an organisation says about itself, as typed in the registration or profile form (and the API). {@link
 * #check()} returns the cleaned values or refuses every bad field at once.
 */
public record OrganisationDetails(String legalName, String shortName, OrganisationKind kind,
                                  String enterpriseNumber, String street, String postcode, String commune,
                                  EnterpriseNumber.Country country, String website, String email, String phone,
                                  List<String> languages, String descriptionFr, String descriptionNl,
                                  String descriptionEn) implements Serializable {

    /** Languages an organisation can be contacted in. */
    public static final List<String> CONTACT_LANGUAGES = List.of("fr", "nl", "en", "de");
    public static final int DESCRIPTION_MAX = 2000;

    /** The checked values, ready to store. */
    public record Checked(String legalName, String shortName, OrganisationKind kind, EnterpriseNumber number,
                          String street, String postcode, String commune, EnterpriseNumber.Country country,
                          String website, String email, String phone, Set<String> languages,
                          LocalizedText description) {
    }

    public Checked check() {
        InputCheck input = new InputCheck();
        String legal = input.text("legalName", legalName, 200, true);
        String shortest = input.text("shortName", shortName, 60, false);
        if (kind == null) {
            input.refuse("kind", "input.required");
        }
        if (country == null) {
            input.refuse("country", "input.required");
        }
        EnterpriseNumber number = null;
        if (country != null) {
            try {
                number = EnterpriseNumber.parse(country, enterpriseNumber).orElse(null);
            } catch (BusinessException refused) {
                input.refuse("enterpriseNumber", refused.messageKey());
            }
        }
        String streetChecked = input.text("street", street, 200, true);
        String postcodeChecked = postcode(input, country, postcode);
        String communeChecked = input.text("commune", commune, 100, true);
        String websiteChecked = input.website("website", website);
        String emailChecked = input.email("email", email, true);
        String phoneChecked = input.phone("phone", phone);
        Set<String> spoken = new LinkedHashSet<>();
        if (languages != null) {
            languages.stream().filter(CONTACT_LANGUAGES::contains).forEach(spoken::add);
        }
        if (spoken.isEmpty()) {
            input.refuse("languages", "directory.languages.required");
        }
        String fr = input.text("descriptionFr", descriptionFr, DESCRIPTION_MAX, false);
        String nl = input.text("descriptionNl", descriptionNl, DESCRIPTION_MAX, false);
        String en = input.text("descriptionEn", descriptionEn, DESCRIPTION_MAX, false);
        input.throwIfAny();
        return new Checked(legal, shortest.isEmpty() ? abbreviate(legal) : shortest, kind, number, streetChecked,
                postcodeChecked, communeChecked, country, emptyToNull(websiteChecked), emailChecked,
                emptyToNull(phoneChecked), spoken, new LocalizedText(fr, nl, en));
    }

    /** A postcode as the country writes it (Belgium 4 digits, France 5), or null after refusing it. */
    public static String postcode(InputCheck input, EnterpriseNumber.Country country, String typed) {
        String postcode = input.text("postcode", typed, 10, true);
        if (postcode != null && country != null && !postcode.isEmpty()
                && !postcode.matches(country == EnterpriseNumber.Country.BE ? "\\d{4}" : "\\d{5}")) {
            input.refuse("postcode", "directory.postcode.invalid." + country.name().toLowerCase());
            return null;
        }
        return postcode;
    }

    private static String abbreviate(String name) {
        return name.length() <= 60 ? name : name.substring(0, 59) + "…";
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}

package eu.socialmap.directory.entity;

import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.LocalizedText;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a service form (or an import) says about a service, as typed. {@link #check()} cleans it or refuses every
 * bad field at once.
 */
public record ServiceDetails(String nameFr, String nameNl, String nameEn, String descriptionFr, String descriptionNl,
                             String descriptionEn, List<String> languages, Integer minimumAge, Integer maximumAge,
                             String email, String phone, String website) implements Serializable {

    /** Languages a service can be given in: the network's, its neighbours', and those of its newcomers. */
    public static final List<String> SPOKEN = List.of("fr", "nl", "en", "de", "ar", "tr", "es", "it", "pt", "pl",
            "ro", "bg", "ru", "uk", "fa", "ps", "ti", "so", "ber", "ln", "sgn");

    public record Checked(LocalizedText name, LocalizedText description, List<String> languages, Integer minimumAge,
                          Integer maximumAge, String email, String phone, String website) {
    }

    public Checked check() {
        InputCheck input = new InputCheck();
        String fr = input.text("nameFr", nameFr, 200, false);
        String nl = input.text("nameNl", nameNl, 200, false);
        String en = input.text("nameEn", nameEn, 200, false);
        if (fr != null && nl != null && en != null && (fr + nl + en).isEmpty()) {
            input.refuse("nameFr", "directory.service.nameRequired");
        }
        String dFr = input.text("descriptionFr", descriptionFr, 4000, false);
        String dNl = input.text("descriptionNl", descriptionNl, 4000, false);
        String dEn = input.text("descriptionEn", descriptionEn, 4000, false);
        Set<String> spoken = new LinkedHashSet<>();
        if (languages != null) {
            languages.stream().filter(SPOKEN::contains).forEach(spoken::add);
        }
        if (spoken.isEmpty()) {
            input.refuse("languages", "directory.languages.required");
        }
        if ((minimumAge != null && (minimumAge < 0 || minimumAge > Service.MAX_AGE))
                || (maximumAge != null && (maximumAge < 0 || maximumAge > Service.MAX_AGE))
                || (minimumAge != null && maximumAge != null && minimumAge > maximumAge)) {
            input.refuse("maximumAge", "directory.service.agesInvalid", Service.MAX_AGE);
        }
        String mail = input.email("email", email, false);
        String telephone = input.phone("phone", phone);
        String site = input.website("website", website);
        input.throwIfAny();
        return new Checked(new LocalizedText(fr, nl, en), new LocalizedText(dFr, dNl, dEn), List.copyOf(spoken),
                minimumAge, maximumAge, blankToNull(mail), blankToNull(telephone), blankToNull(site));
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}

package eu.socialmap.directory.view;

import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.OrganisationDetails;
import eu.socialmap.directory.entity.OrganisationKind;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.Language;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of an organisation's profile as a form holds them (the registration and the edit page share it).
 * Values stay exactly as typed until the service checks them, so a refused form comes back as it was.
 */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String legalName;
    private String shortName;
    private String kind = OrganisationKind.ASSOCIATION.name();
    private String enterpriseNumber;
    private String street;
    private String postcode;
    private String commune;
    private String country = EnterpriseNumber.Country.BE.name();
    private String website;
    private String email;
    private String phone;
    private List<String> languages = new ArrayList<>();
    private String descriptionFr;
    private String descriptionNl;
    private String descriptionEn;

    public static OrganisationForm of(Organisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.legalName = organisation.getLegalName();
        form.shortName = organisation.getShortName();
        form.kind = organisation.getKind().name();
        form.enterpriseNumber = organisation.getEnterpriseNumber();
        form.street = organisation.getStreet();
        form.postcode = organisation.getPostcode();
        form.commune = organisation.getCommune();
        form.country = organisation.getCountry().name();
        form.website = organisation.getWebsite();
        form.email = organisation.getEmail();
        form.phone = organisation.getPhone();
        form.languages = new ArrayList<>(organisation.getLanguages());
        form.descriptionFr = organisation.getDescription().exactly(Language.FR);
        form.descriptionNl = organisation.getDescription().exactly(Language.NL);
        form.descriptionEn = organisation.getDescription().exactly(Language.EN);
        return form;
    }

    /** The values for the service; unknown kinds or countries (forged requests only) become "missing". */
    public OrganisationDetails details() {
        return new OrganisationDetails(legalName, shortName, InputCheck.named(OrganisationKind.class, kind), enterpriseNumber,
                street, postcode, commune, InputCheck.named(EnterpriseNumber.Country.class, country), website, email, phone,
                languages, descriptionFr, descriptionNl, descriptionEn);
    }


    public List<String> getKinds() {
        return java.util.Arrays.stream(OrganisationKind.values()).map(Enum::name).toList();
    }

    public List<String> getCountries() {
        return java.util.Arrays.stream(EnterpriseNumber.Country.values()).map(Enum::name).toList();
    }

    public List<String> getContactLanguages() {
        return OrganisationDetails.CONTACT_LANGUAGES;
    }

    public String getLegalName() { return legalName; }
    public void setLegalName(String legalName) { this.legalName = legalName; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getEnterpriseNumber() { return enterpriseNumber; }
    public void setEnterpriseNumber(String enterpriseNumber) { this.enterpriseNumber = enterpriseNumber; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages; }
    public String getDescriptionFr() { return descriptionFr; }
    public void setDescriptionFr(String descriptionFr) { this.descriptionFr = descriptionFr; }
    public String getDescriptionNl() { return descriptionNl; }
    public void setDescriptionNl(String descriptionNl) { this.descriptionNl = descriptionNl; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
}

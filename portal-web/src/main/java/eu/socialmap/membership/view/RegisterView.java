package eu.socialmap.membership.view;

import eu.socialmap.directory.view.OrganisationForm;
import eu.socialmap.membership.boundary.Registrations;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** An organisation registers itself with its first person; a refused form comes back as typed, with each error. */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Registrations registrations;

    @Inject
    Notices notices;

    @Inject
    LanguageSelection language;

    private final OrganisationForm organisation = new OrganisationForm();
    private String personName;
    private String personEmail;
    private String password;
    private boolean registered;

    public void register() {
        try {
            Language mailLanguage = language.getLanguage();
            registrations.register(organisation.details(),
                    new Registrations.FirstPerson(personName, personEmail, password, mailLanguage));
            registered = true;
            notices.info("membership.register.sent", personEmail);
        } catch (BusinessException refusal) {
            notices.error(refusal, "register");
        }
    }

    public boolean isRegistered() {
        return registered;
    }

    public OrganisationForm getOrganisation() {
        return organisation;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getPersonEmail() {
        return personEmail;
    }

    public void setPersonEmail(String personEmail) {
        this.personEmail = personEmail;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

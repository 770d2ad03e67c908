package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.Invitations;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.view.Notices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Administration: invite a person with roles; she chooses her password through the mailed link. */
@Named
@RequestScoped
public class InviteView {

    @Inject
    Invitations invitations;

    @Inject
    Notices notices;

    private String email;
    private String name;
    private String language = Language.DEFAULT.code();
    private List<String> roles = new ArrayList<>();

    public String invite() {
        try {
            Set<Role> granted = EnumSet.noneOf(Role.class);
            roles.forEach(role -> granted.add(Role.valueOf(role)));
            invitations.invite(email, name, Language.fromTag(language).orElse(Language.DEFAULT), granted);
            notices.info("admin.invite.sent", email);
            notices.keepAcrossRedirect();
            return "/admin/index?faces-redirect=true";
        } catch (BusinessException refusal) {
            notices.error(refusal);
            return null;
        } catch (IllegalArgumentException forged) {
            // a role name that is not ours: only a forged request sends one
            notices.error("admin.invite.required");
            return null;
        }
    }

    public List<String> getAllRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}

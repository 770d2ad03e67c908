package eu.socialmap.membership.view;

import eu.socialmap.directory.boundary.Organisations;
import eu.socialmap.directory.entity.MembershipStatus;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.membership.boundary.Colleagues;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.CharterSignature;
import eu.socialmap.membership.entity.CharterVersion;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The signed-in person's organisation: its review status, its membership and the charter to sign, and its
 * people (administrators invite and remove colleagues).
 */
@Named
@ViewScoped
public class MyOrganisationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Callers callers;

    @Inject
    Organisations organisations;

    @Inject
    Charter charter;

    @Inject
    Colleagues colleagues;

    @Inject
    Notices notices;

    private Organisation organisation;
    private boolean administrator;
    private MembershipStatus membership;
    private CharterVersion inForce;
    private List<CharterSignature> signatures = List.of();
    private List<Colleagues.Colleague> people = List.of();
    private String inviteEmail;
    private String inviteName;
    private String inviteLanguage = Language.DEFAULT.code();
    private boolean inviteAdministrator;

    public void load() {
        Account me = callers.current();
        if (me.getOrganisationId() == null) {
            organisation = null;
            return;
        }
        organisation = organisations.visible(me.getOrganisationId());
        membership = charter.statusOf(organisation);
        inForce = charter.inForce().orElse(null);
        signatures = charter.signaturesOf(organisation.getId());
        // roles come with the sign-in: someone accepted while signed in must sign in again to use them
        ExternalContext session = FacesContext.getCurrentInstance().getExternalContext();
        boolean rolesInSession = session.isUserInRole(Role.Names.ORGANISATION_MEMBER);
        administrator = me.isAdministratorOf(organisation.getId()) && session.isUserInRole(Role.Names.ORGANISATION_ADMIN);
        boolean accepted = organisation.getStatus() == Organisation.Status.ACCEPTED;
        if (accepted && !rolesInSession && !session.isUserInRole(Role.Names.COORDINATOR)) {
            notices.info("membership.mine.signInAgain");
        }
        people = accepted && rolesInSession ? colleagues.of(organisation.getId()) : List.of();
    }

    public void sign() {
        try {
            charter.sign(organisation.getId(), inForce.getNumber());
            notices.info("membership.charter.signed", inForce.getNumber());
        } catch (BusinessException refusal) {
            notices.error(refusal);
        }
        load();
    }

    public void invite() {
        try {
            colleagues.invite(organisation.getId(), inviteEmail, inviteName,
                    Language.fromTag(inviteLanguage).orElse(Language.DEFAULT), inviteAdministrator);
            notices.info("admin.invite.sent", inviteEmail);
            inviteEmail = null;
            inviteName = null;
            inviteAdministrator = false;
        } catch (BusinessException refusal) {
            notices.error(refusal, "invite");
        }
        load();
    }

    public void remove(Colleagues.Colleague colleague) {
        try {
            colleagues.remove(organisation.getId(), colleague.id());
            notices.info("membership.colleague.removed", colleague.name());
        } catch (BusinessException refusal) {
            notices.error(refusal);
        }
        load();
    }

    public void toggleAdministrator(Colleagues.Colleague colleague) {
        try {
            colleagues.setAdministrator(organisation.getId(), colleague.id(), !colleague.administrator());
            notices.info(colleague.administrator() ? "membership.colleague.noLongerAdministrator"
                    : "membership.colleague.nowAdministrator", colleague.name());
        } catch (BusinessException refusal) {
            notices.error(refusal);
        }
        load();
    }

    /** Whether the administrator is asked to sign now (a version is in force that the organisation has not signed). */
    public boolean isSignatureAwaited() {
        return administrator && inForce != null && organisation.getStatus() == Organisation.Status.ACCEPTED
                && membership != MembershipStatus.MEMBER;
    }

    public Organisation getOrganisation() { return organisation; }
    public boolean isAdministrator() { return administrator; }
    public MembershipStatus getMembership() { return membership; }
    public CharterVersion getInForce() { return inForce; }
    public List<CharterSignature> getSignatures() { return signatures; }
    public List<Colleagues.Colleague> getPeople() { return people; }
    public String getInviteEmail() { return inviteEmail; }
    public void setInviteEmail(String inviteEmail) { this.inviteEmail = inviteEmail; }
    public String getInviteName() { return inviteName; }
    public void setInviteName(String inviteName) { this.inviteName = inviteName; }
    public String getInviteLanguage() { return inviteLanguage; }
    public void setInviteLanguage(String inviteLanguage) { this.inviteLanguage = inviteLanguage; }
    public boolean isInviteAdministrator() { return inviteAdministrator; }
    public void setInviteAdministrator(boolean inviteAdministrator) { this.inviteAdministrator = inviteAdministrator; }
}

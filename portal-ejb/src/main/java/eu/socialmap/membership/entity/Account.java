package eu.socialmap.membership.entity;

import eu.socialmap.platform.entity.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person who signs in. Holds the rule against password guessing: after {@value #MAX_FAILED_SIGN_INS} failed
 * attempts in a row the account refuses every sign-in for {@link #LOCK_DURATION}, even with the right password.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.WITH_ROLE, query = "SELECT a FROM Account a WHERE :role MEMBER OF a.roles ORDER BY a.id")
@NamedQuery(name = Account.OF_ORGANISATION, query = "SELECT a FROM Account a WHERE a.organisationId = :organisation ORDER BY a.displayName, a.id")
@NamedQuery(name = Account.ADMINS_OF, query = "SELECT a FROM Account a WHERE a.organisationId IN :organisations "
        + "AND eu.socialmap.membership.entity.Role.ORGANISATION_ADMIN MEMBER OF a.roles AND a.enabled = TRUE ORDER BY a.id")
public class Account {

    public static final String FIND_BY_EMAIL = "Account.findByEmail";
    public static final String WITH_ROLE = "Account.withRole";
    public static final String OF_ORGANISATION = "Account.ofOrganisation";
    public static final String ADMINS_OF = "Account.adminsOf";
    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email")
    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "language")
    private String language;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "enabled")
    private boolean enabled = true;

    @Column(name = "failed_sign_ins")
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String email, String displayName, Language language, Instant now) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.language = language.code();
        this.createdAt = now;
    }

    /** E-mail addresses are compared without case and surrounding spaces: one account per address. */
    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** An account that may not sign in until its owner follows the link of the confirmation mail. */
    public static Account awaitingConfirmation(String email, String displayName, Language language, Instant now) {
        Account account = new Account(email, displayName, language, now);
        account.enabled = false;
        return account;
    }

    public void enable() {
        enabled = true;
    }

    /** The person works for this organisation (as a member; administrators are granted the role on top). */
    public void joinOrganisation(long organisation) {
        organisationId = organisation;
    }

    /** The person no longer works for her organisation: she keeps her account, without its roles. */
    public void leaveOrganisation() {
        organisationId = null;
        roles.remove(Role.ORGANISATION_MEMBER);
        roles.remove(Role.ORGANISATION_ADMIN);
    }

    public boolean worksFor(Long organisation) {
        return organisation != null && organisation.equals(organisationId);
    }

    /** Administers this organisation (signs the charter and votes on its behalf, manages its people). */
    public boolean isAdministratorOf(Long organisation) {
        return worksFor(organisation) && has(Role.ORGANISATION_ADMIN);
    }

    /** May edit the organisation's profile: its own administrators, and the network's coordinators. */
    public boolean mayManage(Long organisation) {
        return isAdministratorOf(organisation) || has(Role.COORDINATOR);
    }

    /** May read what the organisation keeps private (its people, its review): its own people and coordinators. */
    public boolean maySeePrivateDataOf(Long organisation) {
        return worksFor(organisation) || has(Role.COORDINATOR) || has(Role.PLATFORM_ADMIN);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether a sign-in may even be tried now (the password is checked only then). */
    public boolean maySignIn(Instant now) {
        return enabled && passwordHash != null && !isLocked(now);
    }

    public void recordFailedSignIn(Instant now) {
        failedSignIns++;
        if (failedSignIns >= MAX_FAILED_SIGN_INS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedSignIns = 0;
        }
    }

    public void recordSuccessfulSignIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Language getLanguage() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public long getVersion() {
        return version;
    }
}

package eu.socialmap.membership.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.AuditEvent;
import eu.socialmap.membership.entity.CharterSignature;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.OutgoingMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * What the GDPR gives a person over her own data: a copy of everything the portal holds about her (JSON), and
 * the deletion of her account. Deletion keeps the network's records whole: her charter signatures and her
 * organisation's votes stay, counted, with nobody's name on them.
 */
@Stateless
@PermitAll
public class PersonalData {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<AccountDeleted> deleted;

    @Inject
    Callers callers;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    /** Everything held about the signed-in person, as a JSON document. */
    public String export() {
        Account me = callers.current();
        JsonObjectBuilder account = Json.createObjectBuilder().add("email", me.getEmail())
                .add("name", me.getDisplayName()).add("language", me.getLanguage().code())
                .add("createdAt", String.valueOf(me.getCreatedAt()))
                .add("lastSignInAt", String.valueOf(me.getLastSignInAt()))
                .add("passwordSet", me.getPasswordHash() != null);
        JsonArrayBuilder roles = Json.createArrayBuilder();
        me.getRoles().forEach(role -> roles.add(role.name()));
        account.add("roles", roles);
        if (me.getOrganisationId() != null) {
            Organisation organisation = em.find(Organisation.class, me.getOrganisationId());
            account.add("organisation", Json.createObjectBuilder().add("id", organisation.getId())
                    .add("name", organisation.getLegalName()));
        }
        JsonArrayBuilder signatures = Json.createArrayBuilder();
        for (CharterSignature signature : em.createNamedQuery(CharterSignature.BY_SIGNER, CharterSignature.class)
                .setParameter("account", me.getId()).getResultList()) {
            signatures.add(Json.createObjectBuilder().add("organisationId", signature.getOrganisationId())
                    .add("charterVersion", signature.getCharterNumber())
                    .add("signedAt", signature.getSignedAt().toString()));
        }
        JsonArrayBuilder actions = Json.createArrayBuilder();
        for (AuditEvent event : em.createNamedQuery(AuditEvent.BY_ACTOR, AuditEvent.class)
                .setParameter("actor", me.getId()).setMaxResults(10_000).getResultList()) {
            JsonObjectBuilder line = Json.createObjectBuilder().add("at", event.getOccurredAt().toString())
                    .add("action", event.getAction()).add("subject", event.getSubjectType());
            if (event.getSubjectId() != null) {
                line.add("subjectId", event.getSubjectId());
            }
            actions.add(line);
        }
        JsonArrayBuilder mails = Json.createArrayBuilder();
        for (OutgoingMail mail : em.createQuery("SELECT m FROM OutgoingMail m WHERE m.recipient = :me ORDER BY m.id",
                OutgoingMail.class).setParameter("me", me.getEmail()).setMaxResults(10_000).getResultList()) {
            mails.add(Json.createObjectBuilder().add("createdAt", mail.getCreatedAt().toString())
                    .add("subject", mail.getSubject()).add("status", mail.getStatus().name()));
        }
        JsonArrayBuilder registrations = rows("SELECT r.event_id, e.title_fr, e.title_nl, e.title_en, e.starts_at, r.name, "
                + "r.email, r.organisation_name, r.role, r.diet, r.accessibility, r.status, r.checked_in_at, r.created_at "
                + "FROM registration r JOIN event e ON e.id = r.event_id WHERE r.account_id = ? ORDER BY r.id", me.getId(),
                "eventId", "titleFr", "titleNl", "titleEn", "startsAt", "name", "email", "organisation", "role", "diet",
                "accessibility", "status", "checkedInAt", "registeredAt");
        JsonArrayBuilder immersions = rows("SELECT b.id, b.offer_id, b.first_day, b.last_day, b.status, b.motivation, "
                + "b.report_learnt, b.report_practice, b.report_recommends, b.reported_at, b.created_at "
                + "FROM immersion_booking b WHERE b.visitor_id = ? ORDER BY b.id", me.getId(), "bookingId", "offerId",
                "firstDay", "lastDay", "status", "motivation", "learnt", "practice", "recommends", "reportedAt", "requestedAt");
        JsonArrayBuilder sheets = rows("SELECT s.id, s.status, s.visibility, t.body, s.created_at, s.published_at "
                + "FROM practice_sheet s LEFT JOIN practice_text t ON t.sheet_id = s.id AND t.lang = s.original_lang "
                + "AND t.section = 'TITLE' WHERE s.author_id = ? ORDER BY s.id", me.getId(), "sheetId", "status",
                "visibility", "title", "createdAt", "publishedAt");
        JsonArrayBuilder interests = rows("SELECT i.sheet_id, i.kind, i.message, i.created_at FROM practice_interest i "
                + "WHERE i.account_id = ? ORDER BY i.id", me.getId(), "sheetId", "kind", "message", "createdAt");
        JsonArrayBuilder entries = rows("SELECT e.indicator_id, e.value, e.entry_date, e.territory, e.note, "
                + "e.evidence_name, e.entered_at FROM indicator_entry e WHERE e.entered_by = ? ORDER BY e.id", me.getId(),
                "indicatorId", "value", "date", "territory", "note", "evidence", "enteredAt");
        return Json.createObjectBuilder().add("account", account).add("charterSignatures", signatures)
                .add("actions", actions).add("emails", mails).add("eventRegistrations", registrations)
                .add("immersions", immersions).add("practiceSheets", sheets).add("practiceQuestionsAndTakeUps", interests)
                .add("indicatorEntries", entries).build().toString();
    }

    /**
     * Rows of another capability's table that name the person, read by SQL (membership does not know their entities):
     * each row an object of its columns, as text.
     */
    private JsonArrayBuilder rows(String sql, long accountId, String... names) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(sql).setParameter(1, accountId).setMaxResults(10_000).getResultList();
        for (Object[] row : found) {
            JsonObjectBuilder line = Json.createObjectBuilder();
            for (int i = 0; i < names.length; i++) {
                if (row[i] != null) {
                    line.add(names[i], String.valueOf(row[i]));
                }
            }
            rows.add(line);
        }
        return rows;
    }

    /**
     * Deletes the signed-in person's account after checking her password. Refused while she is the last
     * administrator of the platform or of her accepted organisation (someone must be able to act for it).
     */
    public void deleteOwnAccount(String password) {
        Account me = callers.current();
        em.lock(me, LockModeType.PESSIMISTIC_WRITE);
        if (password == null || !hashing.matches(password, me.getPasswordHash())) {
            throw new BusinessException(BusinessException.Kind.INVALID, "membership.password.currentWrong");
        }
        // the other administrators' rows are locked: two last administrators leaving at once cannot both go
        if (me.has(Role.PLATFORM_ADMIN) && em.createNamedQuery(Account.WITH_ROLE, Account.class)
                .setParameter("role", Role.PLATFORM_ADMIN).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().size() <= 1) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "membership.roles.lastAdmin");
        }
        Organisation organisation = me.getOrganisationId() == null ? null
                : em.find(Organisation.class, me.getOrganisationId(), LockModeType.PESSIMISTIC_WRITE);
        List<Account> people = organisation == null ? List.of()
                : em.createNamedQuery(Account.OF_ORGANISATION, Account.class)
                .setParameter("organisation", organisation.getId()).getResultList();
        if (organisation != null && organisation.getStatus() == Organisation.Status.ACCEPTED
                && me.has(Role.ORGANISATION_ADMIN)
                && people.stream().filter(p -> p.has(Role.ORGANISATION_ADMIN) && p.isEnabled()).count() <= 1) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "membership.delete.lastOrganisationAdmin");
        }
        long id = me.getId();
        em.createQuery("UPDATE CharterSignature s SET s.signerName = NULL WHERE s.signedBy = :id")
                .setParameter("id", id).executeUpdate();
        em.createQuery("DELETE FROM OutgoingMail m WHERE m.recipient = :email")
                .setParameter("email", me.getEmail()).executeUpdate();
        deleted.fire(new AccountDeleted(id));
        em.remove(me);
        em.flush();
        if (organisation != null && organisation.getStatus() != Organisation.Status.ACCEPTED && people.size() == 1) {
            // she was the registration's only person: nobody could confirm or run it, so it is withdrawn
            em.remove(organisation);
            audit.record(null, "organisation.withdrawn", "organisation", organisation.getId(), null);
        }
        audit.record(null, "account.deleted", "account", id, null);
    }
}

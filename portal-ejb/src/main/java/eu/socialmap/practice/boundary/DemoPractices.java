package eu.socialmap.practice.boundary;

import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.OrganisationDetails;
import eu.socialmap.directory.entity.OrganisationKind;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.practice.entity.PracticeInterest;
import eu.socialmap.practice.entity.PracticeSection;
import eu.socialmap.practice.entity.PracticeSheet;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The practice sheets of the demo network: the five project sheets of the SPP Intégration sociale's guide "Bonnes
 * pratiques – Fiches de projet activation sociale des primo-arrivants" (18 March 2020) — AMIE (Antwerp),
 * Interactief! (Ghent), ACTIV UP! (Charleroi, for members only), MOD’ACTIONS (Liège) and MOVE UP! (Brussels, with its
 * title and summary in Dutch and English too) — in their real structure and text, from
 * {@code /demo/practices/practices.json}. The four CPAS not yet in the demo network become directory entries
 * (accepted, without account, not members). Published by the demo coordinator, without an author; member
 * organisations of the demo want to try two of them. Loading twice changes nothing.
 */
public final class DemoPractices {

    private static final String RESOURCE = "/demo/practices/practices.json";

    private final EntityManager em;
    private final Instant now;
    private final String domain;

    private DemoPractices(EntityManager em, Instant now, String domain) {
        this.em = em;
        this.now = now;
        this.domain = domain;
    }

    /** {@code domain}: the demo accounts' e-mail domain (the coordinator who publishes, the members who take up). */
    public static void load(EntityManager em, Instant now, String domain) {
        new DemoPractices(em, now, domain).load();
    }

    private void load() {
        JsonObject demo = read();
        for (JsonObject entry : demo.getJsonArray("organisations").getValuesAs(JsonObject.class)) {
            directoryEntry(entry);
        }
        em.flush();
        Map<String, Long> terms = new HashMap<>();
        for (TaxonomyTerm.Taxonomy taxonomy : TaxonomyTerm.Taxonomy.values()) {
            em.createNamedQuery(TaxonomyTerm.OF_TAXONOMY, TaxonomyTerm.class).setParameter("taxonomy", taxonomy)
                    .getResultList().forEach(term -> terms.put(taxonomy + ":" + term.getCode(), term.getId()));
        }
        Long coordinator = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", "coordination" + domain).getResultStream().findFirst().map(Account::getId)
                .orElse(null);
        for (JsonObject entry : demo.getJsonArray("practices").getValuesAs(JsonObject.class)) {
            sheet(entry, terms, coordinator);
        }
        em.flush();
    }

    private void sheet(JsonObject entry, Map<String, Long> terms, Long coordinator) {
        Organisation lead = organisation(entry.getString("organisation"));
        String source = entry.getString("source");
        if (lead == null || em.createQuery("SELECT COUNT(s) FROM PracticeSheet s WHERE s.organisationId = :organisation "
                + "AND s.source = :source", Long.class).setParameter("organisation", lead.getId())
                .setParameter("source", source).getSingleResult() > 0) {
            return;
        }
        Language original = Language.fromTag(entry.getString("originalLanguage")).orElseThrow();
        PracticeSheet sheet = new PracticeSheet(lead.getId(), null, original,
                PracticeSheet.Visibility.valueOf(entry.getString("visibility")), now);
        JsonObject texts = entry.getJsonObject("texts");
        for (String tag : texts.keySet()) {
            Language language = Language.fromTag(tag).orElseThrow();
            JsonObject sections = texts.getJsonObject(tag);
            for (String section : sections.keySet()) {
                sheet.putText(language, PracticeSection.valueOf(section), sections.getString(section));
            }
        }
        Set<Long> termIds = new LinkedHashSet<>();
        strings(entry, "themes").forEach(code -> add(termIds, terms.get(TaxonomyTerm.Taxonomy.THEME + ":" + code)));
        strings(entry, "publics").forEach(code -> add(termIds, terms.get(TaxonomyTerm.Taxonomy.AUDIENCE + ":" + code)));
        Set<Long> partners = new LinkedHashSet<>();
        strings(entry, "partners").forEach(key -> {
            Organisation partner = organisation(key);
            if (partner != null) {
                partners.add(partner.getId());
            }
        });
        sheet.describe(sheet.getVisibility(), optional(entry, "contactName"), optional(entry, "contactEmail"),
                optional(entry, "contactPhone"), source,
                entry.containsKey("startYear") ? entry.getInt("startYear") : null, termIds, partners, now);
        sheet.submit(now);
        sheet.publish(coordinator, now);
        em.persist(sheet);
        em.flush();
        for (String key : strings(entry, "triedBy")) {
            Organisation member = organisation(key);
            if (member == null) {
                continue;
            }
            Long administrator = em.createNamedQuery(Account.ADMINS_OF, Account.class)
                    .setParameter("organisations", List.of(member.getId())).setMaxResults(1).getResultStream()
                    .findFirst().map(Account::getId).orElse(null);
            em.persist(new PracticeInterest(sheet.getId(), PracticeInterest.Kind.TRY, member.getId(), administrator,
                    null, now));
        }
    }

    /** A CPAS of the guide that the demo network lacks: listed in the directory, not a member. */
    private void directoryEntry(JsonObject entry) {
        String email = entry.getString("email");
        boolean known = em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.email = :email", Long.class)
                .setParameter("email", email).getSingleResult() > 0;
        if (known) {
            return;
        }
        JsonObject description = entry.getJsonObject("description");
        OrganisationDetails details = new OrganisationDetails(entry.getString("legalName"),
                entry.getString("shortName"), OrganisationKind.valueOf(entry.getString("type")), null,
                entry.getString("street"), entry.getString("postcode"), entry.getString("commune"),
                EnterpriseNumber.Country.valueOf(entry.getString("country")), optional(entry, "website"), email,
                optional(entry, "phone"), strings(entry, "languages"), description.getString("fr", ""),
                description.getString("nl", ""), description.getString("en", ""));
        em.persist(Organisation.directoryEntry(details.check(), now));
    }

    /** Demo organisations are known by the key in their demo e-mail address (as the other demo loaders do). */
    private Organisation organisation(String key) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.email LIKE :key ORDER BY o.id", Organisation.class)
                .setParameter("key", "%" + key + "%").setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private static void add(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static List<String> strings(JsonObject entry, String name) {
        return entry.containsKey(name)
                ? entry.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                : List.of();
    }

    private static String optional(JsonObject entry, String name) {
        JsonValue value = entry.get(name);
        return value instanceof JsonString text ? text.getString() : null;
    }

    private static JsonObject read() {
        try (InputStream in = DemoPractices.class.getResourceAsStream(RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo practice sheets are missing from the application", e);
        }
    }
}

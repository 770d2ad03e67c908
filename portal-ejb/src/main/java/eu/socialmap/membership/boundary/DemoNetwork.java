package eu.socialmap.membership.boundary;

import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.OrganisationDetails;
import eu.socialmap.directory.entity.OrganisationKind;
import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.CharterSignature;
import eu.socialmap.membership.entity.CharterVersion;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * With {@code DEMO_DATA=true}, an empty network is filled with the organisations of the seed documents (the CPAS
 * of Saint-Gilles and its partners, the SAM Eurometropole partners), a signed charter, two registrations waiting
 * for review, one demo account per role and three working groups with their meetings ({@code DemoGroups}) — so a
 * newcomer sees a living portal at once. Never on a database that already has organisations.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoNetwork {

    /** The password of every demo account (printed on the console; demo data only). */
    public static final String DEMO_PASSWORD = "socialmap demo 2026";
    public static final String DEMO_DOMAIN = "@demo.socialmap.example";
    private static final int PENDING_REVIEW = 2;
    private static final Logger LOG = Logger.getLogger(DemoNetwork.class.getName());

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    eu.socialmap.directory.boundary.PostcodeTable postcodes;

    @Inject
    @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
    boolean wanted;

    @Inject
    @ConfigProperty(name = "PUBLIC_URL", defaultValue = "http://localhost")
    String publicUrl;

    @PostConstruct
    void loadWhenAsked() {
        if (!wanted) {
            return;
        }
        if (!publicUrl.matches("https?://(localhost|127\\.0\\.0\\.1)([:/].*)?")) {
            // the demo accounts' password is public: never on a portal that others can reach
            LOG.warning(PlatformAdministratorBootstrap.NOTICE_MARKER + " DEMO_DATA is ignored: PUBLIC_URL (" + publicUrl
                    + ") is not a local address, and the demo accounts' password is public.");
            return;
        }
        long organisations = em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult();
        if (organisations > 0) {
            LOG.info(PlatformAdministratorBootstrap.NOTICE_MARKER + " DEMO_DATA is set, but the network already has "
                    + "organisations: no demo data loaded.");
            return;
        }
        load();
        LOG.info(PlatformAdministratorBootstrap.NOTICE_MARKER + " Demo network loaded. Demo accounts (password '"
                + DEMO_PASSWORD + "'): coordination" + DEMO_DOMAIN + " (coordinator), admin.cpas-saint-gilles"
                + DEMO_DOMAIN + " (organisation administrator), staff.cpas-saint-gilles" + DEMO_DOMAIN
                + " (organisation member), lead.housing" + DEMO_DOMAIN + " (lead of the housing working group), staff.ccas-roubaix" + DEMO_DOMAIN
                + " (a social worker of Roubaix, back from an immersion in Kortrijk), admin.ocmw-kortrijk" + DEMO_DOMAIN
                + " (a host of immersions), platform" + DEMO_DOMAIN + " (platform administrator).");
    }

    void load() {
        JsonObject demo = read();
        Instant now = Instant.now();
        String hash = hashing.hash(DEMO_PASSWORD); // one hash for all: hashing 30 passwords would slow the start
        Integer highest = em.createNamedQuery(CharterVersion.HIGHEST_NUMBER, Integer.class).getSingleResult();
        int number = highest == null ? 1 : highest + 1;
        CharterVersion charter = new CharterVersion(number, text(demo.getJsonObject("charter")),
                LocalDate.of(2025, 1, 1), now);
        em.persist(charter);
        List<JsonObject> entries = demo.getJsonArray("organisations").getValuesAs(JsonObject.class);
        for (int i = 0; i < entries.size(); i++) {
            JsonObject entry = entries.get(i);
            Organisation organisation = new Organisation(details(entry).check(), now);
            organisation.confirmEmail();
            boolean accepted = i < entries.size() - PENDING_REVIEW;
            em.persist(organisation);
            em.flush();
            String key = entry.getString("key");
            Account admin = account("admin." + key, "Administration " + organisation.getShortName(), organisation,
                    hash, now);
            if (accepted) {
                organisation.accept(now);
                organisation.signCharter(number);
                admin.grant(Role.ORGANISATION_MEMBER);
                admin.grant(Role.ORGANISATION_ADMIN);
                em.persist(new CharterSignature(organisation.getId(), number, admin, now));
            }
            if (i == 0) {
                Account staff = account("staff." + key, "Assistante sociale " + organisation.getShortName(),
                        organisation, hash, now);
                staff.grant(Role.ORGANISATION_MEMBER);
                Account lead = account("lead.housing", "Animateur logement", organisation, hash, now);
                lead.grant(Role.ORGANISATION_MEMBER);
                lead.grant(Role.GROUP_LEAD);
            }
        }
        services(demo, now);
        Account coordinator = new Account("coordination" + DEMO_DOMAIN, "Coordination sociale", Language.FR, now);
        coordinator.grant(Role.COORDINATOR);
        coordinator.changePasswordHash(hash);
        em.persist(coordinator);
        Account platform = new Account("platform" + DEMO_DOMAIN, "Platform administrator", Language.EN, now);
        platform.grant(Role.PLATFORM_ADMIN);
        platform.changePasswordHash(hash);
        em.persist(platform);
        em.flush();
        eu.socialmap.workinggroup.boundary.DemoGroups.load(em, DEMO_DOMAIN, now);
        eu.socialmap.event.boundary.DemoEvents.load(em, now);
        eu.socialmap.immersion.boundary.DemoImmersions.load(em, now, DEMO_DOMAIN, hash);
        eu.socialmap.practice.boundary.DemoPractices.load(em, now, DEMO_DOMAIN);
        eu.socialmap.indicator.boundary.DemoIndicators.load(em, now);
    }

    /**
     * The demo services, each at its organisation's address and in the languages the organisation really writes in
     * (many only in French or only in Dutch): the search across languages shows its worth at once.
     */
    private void services(JsonObject demo, Instant now) {
        if (!demo.containsKey("services")) {
            return;
        }
        java.util.Map<String, eu.socialmap.directory.entity.TaxonomyTerm> themes = new java.util.HashMap<>();
        em.createNamedQuery(eu.socialmap.directory.entity.TaxonomyTerm.OF_TAXONOMY, eu.socialmap.directory.entity.TaxonomyTerm.class)
                .setParameter("taxonomy", eu.socialmap.directory.entity.TaxonomyTerm.Taxonomy.THEME).getResultList()
                .forEach(term -> themes.put(term.getCode(), term));
        java.util.Map<String, eu.socialmap.directory.entity.Location> places = new java.util.HashMap<>();
        for (JsonObject entry : demo.getJsonArray("services").getValuesAs(JsonObject.class)) {
            String key = entry.getString("organisation");
            Organisation organisation = em.createQuery("SELECT o FROM Organisation o WHERE o.email LIKE :key", Organisation.class)
                    .setParameter("key", "%" + key + "%").getResultStream().findFirst().orElse(null);
            if (organisation == null) {
                continue;
            }
            eu.socialmap.directory.entity.Location place = places.computeIfAbsent(key, k -> {
                eu.socialmap.directory.entity.Location location = new eu.socialmap.directory.entity.Location(
                        organisation.getId(), null, organisation.getStreet(), organisation.getPostcode(),
                        organisation.getCommune(), organisation.getCountry(), now);
                postcodes.postcodes().locate(organisation.getCountry(), organisation.getPostcode(), organisation.getCommune())
                        .ifPresent(point -> location.locateByPostcode(point.latitude(), point.longitude()));
                em.persist(location);
                return location;
            });
            eu.socialmap.directory.entity.Service service = new eu.socialmap.directory.entity.Service(organisation.getId(),
                    text(entry.getJsonObject("name")), text(entry.getJsonObject("description")),
                    entry.getJsonArray("languages").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(), now);
            service.classify(new java.util.HashSet<>(entry.getJsonArray("themes").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).map(themes::get).filter(java.util.Objects::nonNull).toList()), now);
            service.offerAt(java.util.Set.of(place), now);
            service.openAt(DemoHours.parse(entry.getString("hours", "")), now);
            em.persist(service);
            em.flush();
            // the index may have built itself before this data arrived: it learns of each service like of any change
            eu.socialmap.directory.control.SearchOutbox.changed(em, service.getId(), now);
        }
    }

    private Account account(String local, String name, Organisation organisation, String hash, Instant now) {
        Account account = new Account(local + DEMO_DOMAIN, name, organisation.getCorrespondenceLanguage(), now);
        account.joinOrganisation(organisation.getId());
        account.changePasswordHash(hash);
        em.persist(account);
        em.flush();
        return account;
    }

    private static OrganisationDetails details(JsonObject entry) {
        JsonObject description = entry.getJsonObject("description");
        return new OrganisationDetails(entry.getString("legalName"), entry.getString("shortName"),
                OrganisationKind.valueOf(entry.getString("type")), null, entry.getString("street"),
                entry.getString("postcode"), entry.getString("commune"),
                EnterpriseNumber.Country.valueOf(entry.getString("country")), optional(entry, "website"),
                entry.getString("email"), optional(entry, "phone"),
                entry.getJsonArray("languages").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                description.getString("fr", ""), description.getString("nl", ""), description.getString("en", ""));
    }

    private static LocalizedText text(JsonObject translations) {
        return new LocalizedText(translations.getString("fr", ""), translations.getString("nl", ""),
                translations.getString("en", ""));
    }

    private static String optional(JsonObject entry, String name) {
        JsonValue value = entry.get(name);
        return value instanceof JsonString text ? text.getString() : null;
    }

    private static JsonObject read() {
        try (InputStream in = DemoNetwork.class.getResourceAsStream("/demo/demo-network.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo data is missing from the application", e);
        }
    }
}

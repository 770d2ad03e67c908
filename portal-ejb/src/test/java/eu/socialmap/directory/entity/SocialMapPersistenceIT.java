package eu.socialmap.directory.entity;

import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.search.control.ServiceDocuments;
import eu.socialmap.search.control.ServiceIndex;
import eu.socialmap.search.control.ServiceQuery;
import eu.socialmap.search.control.Synonyms;
import org.apache.lucene.store.ByteBuffersDirectory;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Services, their locations, themes, hours and closures round-trip through the real schema (migration V8). */
class SocialMapPersistenceIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void aServiceWithItsPlacesThemesHoursAndClosuresIsStoredAndReadBack() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long serviceId = TestDatabase.inTransaction(em, () -> {
            Organisation organisation = new Organisation(new OrganisationDetails("Huis " + UUID.randomUUID(), "Huis",
                    OrganisationKind.ASSOCIATION, null, "Budastraat 27", "8500", "Kortrijk", EnterpriseNumber.Country.BE,
                    null, "huis@kortrijk.example", null, List.of("nl"), "", "Woonbegeleiding.", "").check(), now);
            em.persist(organisation);
            em.flush();
            Location location = new Location(organisation.getId(), "Onthaal", "Budastraat 27", "8500", "Kortrijk",
                    EnterpriseNumber.Country.BE, now);
            location.locateByPostcode(50.82803, 3.26487);
            location.describeAccess(true, false, "Ingang langs de Leie");
            em.persist(location);
            Service service = new Service(organisation.getId(), new LocalizedText("", "Woonbegeleiding", ""),
                    new LocalizedText("", "Hulp bij het zoeken naar een woning en bij problemen met de huur.", ""),
                    List.of("nl", "fr"), now);
            service.serveAges(18, null, now);
            Set<TaxonomyTerm> themes = new HashSet<>(em.createNamedQuery(TaxonomyTerm.OF_TAXONOMY, TaxonomyTerm.class)
                    .setParameter("taxonomy", TaxonomyTerm.Taxonomy.THEME).getResultList().stream()
                    .filter(t -> t.getCode().equals("housing") || t.getCode().equals("homelessness")).toList());
            service.classify(themes, now);
            service.offerAt(Set.of(location), now);
            service.openAt(List.of(new OpeningSlot(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 30))), now);
            service.closeOn(List.of(new Closure(LocalDate.of(2026, 7, 21), LocalDate.of(2026, 8, 15), "Zomer")), now);
            em.persist(service);
            em.flush();
            return service.getId();
        });

        EntityManager fresh = TestDatabase.entityManagerFactory().createEntityManager();
        try {
            Service read = fresh.find(Service.class, serviceId);
            assertThat(read.getName().in(Language.FR)).as("falls back to Dutch").isEqualTo("Woonbegeleiding");
            assertThat(read.getLanguages()).containsExactly("nl", "fr");
            assertThat(read.getTerms()).extracting(TaxonomyTerm::getCode).containsExactlyInAnyOrder("housing", "homelessness");
            assertThat(read.getTerms()).extracting(t -> t.getName().in(Language.NL)).contains("Huisvesting");
            assertThat(read.getHours()).singleElement().satisfies(slot -> {
                assertThat(slot.getWeekday()).isEqualTo(DayOfWeek.TUESDAY);
                assertThat(slot.getClosesAt()).isEqualTo(LocalTime.of(12, 30));
            });
            assertThat(read.getClosures()).singleElement().satisfies(c -> assertThat(c.getReason()).isEqualTo("Zomer"));
            assertThat(read.getLocations()).singleElement().satisfies(l -> {
                assertThat(l.getLatitude()).isEqualTo(50.82803);
                assertThat(l.isWheelchair()).isTrue();
            });
            assertThat(read.getMinimumAge()).isEqualTo(18);
            assertThat(fresh.createNamedQuery(Service.NOT_UPDATED_SINCE, Service.class)
                    .setParameter("since", now.plus(Duration.ofSeconds(1))).getResultList())
                    .extracting(Service::getId).contains(serviceId);

            // the stored service, as the search indexes it: a French word finds its Dutch description
            Organisation owner = fresh.find(Organisation.class, read.getOrganisationId());
            try (ServiceIndex index = new ServiceIndex(new ByteBuffersDirectory(), new Synonyms(List.of(
                    List.of("logement", "huisvesting", "woning", "housing"))))) {
                index.index(ServiceDocuments.of(read, owner));
                index.commit();
                ServiceIndex.Result found = index.search(ServiceQuery.words("logement"));
                assertThat(found.hits()).extracting(ServiceIndex.Hit::serviceId).containsExactly(serviceId);
                assertThat(found.facets().get("theme")).extracting(ServiceIndex.FacetCount::value)
                        .containsExactlyInAnyOrder("housing", "homelessness");
                assertThat(index.search(ServiceQuery.words("").openAt(java.time.LocalDateTime.of(2026, 11, 24, 10, 0)
                        .atZone(java.time.ZoneId.of("Europe/Brussels")))).total()).as("Tuesday 10:00").isEqualTo(1);
                assertThat(index.search(ServiceQuery.words("").openAt(java.time.LocalDateTime.of(2026, 7, 28, 10, 0)
                        .atZone(java.time.ZoneId.of("Europe/Brussels")))).total()).as("summer closure").isZero();
            }
        } finally {
            fresh.close();
        }
    }
}

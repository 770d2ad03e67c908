package eu.socialmap.platform.entity;

import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migrated schema and the entity mapping agree, on a real MariaDB. */
class NetworkProfilePersistenceIT {

    private final EntityManagerFactory emf = TestDatabase.entityManagerFactory();
    private LocalizedText originalName;

    @AfterEach
    void restoreOriginalName() {
        if (originalName != null) {
            inTransaction(em -> em.find(NetworkProfile.class, NetworkProfile.ID).rename(originalName,
                    em.find(NetworkProfile.class, NetworkProfile.ID).getTagline()));
        }
    }

    @Test
    void theFirstMigrationSeedsTheNetworkInThreeLanguages() {
        EntityManager em = emf.createEntityManager();
        NetworkProfile profile = em.find(NetworkProfile.class, NetworkProfile.ID);
        em.close();

        assertThat(profile.getName().exactly(Language.FR)).isNotBlank();
        assertThat(profile.getName().exactly(Language.NL)).isNotBlank();
        assertThat(profile.getName().exactly(Language.EN)).isNotBlank();
        assertThat(profile.getTagline().isTranslatedInto(Language.NL)).isTrue();
    }

    @Test
    void aRenameIsStoredWithAccentsIntactAndBumpsTheVersion() {
        NetworkProfile before = read();
        originalName = before.getName();

        inTransaction(em -> em.find(NetworkProfile.class, NetworkProfile.ID).rename(
                new LocalizedText("Réseau social de Saint-Gilles", "Sociaal netwerk Sint-Gillis", ""),
                before.getTagline()));

        NetworkProfile after = read();
        assertThat(after.getName().in(Language.FR)).isEqualTo("Réseau social de Saint-Gilles");
        assertThat(after.getName().in(Language.EN)).as("English falls back to French").isEqualTo("Réseau social de Saint-Gilles");
        assertThat(after.getVersion()).isGreaterThan(before.getVersion());
        assertThat(after.getUpdatedAt()).isNotNull();
    }

    @Test
    void twoEditorsSavingTheSameVersionCannotOverwriteEachOther() {
        originalName = read().getName();
        EntityManager first = emf.createEntityManager();
        EntityManager second = emf.createEntityManager();
        NetworkProfile seenByFirst = first.find(NetworkProfile.class, NetworkProfile.ID);
        NetworkProfile seenBySecond = second.find(NetworkProfile.class, NetworkProfile.ID);

        first.getTransaction().begin();
        seenByFirst.rename(new LocalizedText("Premier", "Eerste", "First"), seenByFirst.getTagline());
        first.getTransaction().commit();

        second.getTransaction().begin();
        seenBySecond.rename(new LocalizedText("Second", "Tweede", "Second"), seenBySecond.getTagline());
        assertThatThrownBy(() -> second.getTransaction().commit()).isInstanceOf(RollbackException.class)
                .hasCauseInstanceOf(jakarta.persistence.OptimisticLockException.class);
        first.close();
        second.close();

        assertThat(read().getName().in(Language.EN)).isEqualTo("First");
    }

    private NetworkProfile read() {
        EntityManager em = emf.createEntityManager();
        try {
            return em.find(NetworkProfile.class, NetworkProfile.ID);
        } finally {
            em.close();
        }
    }

    private static void inTransaction(java.util.function.Consumer<EntityManager> work) {
        TestDatabase.inTransaction(work);
    }
}

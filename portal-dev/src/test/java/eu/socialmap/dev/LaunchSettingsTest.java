package eu.socialmap.dev;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchSettingsTest {

    @TempDir
    Path home;

    @Test
    void byDefaultThePortalRunsOn8080OnTheEmbeddedDatabaseWithDataInTheProjectFolder() throws Exception {
        LaunchSettings settings = LaunchSettings.from(Map.of(), properties());

        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.externalDatabase()).isEmpty();
        assertThat(settings.dataDir()).isEqualTo(home.resolve("data"));
    }

    @Test
    void dbUrlSwitchesToAnExternalServer() throws Exception {
        LaunchSettings settings = LaunchSettings.from(Map.of("DB_URL", "jdbc:mariadb://db:3306/socialmap",
                "DB_USER", "portal", "DB_PASSWORD", "secret", "PORT", "9090"), properties());

        assertThat(settings.port()).isEqualTo(9090);
        assertThat(settings.externalDatabase()).hasValue(
                new LaunchSettings.ExternalDatabase("jdbc:mariadb://db:3306/socialmap", "portal", "secret"));
    }

    @Test
    void badValuesAreRefusedWithOneSentenceSayingWhatToDo() {
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("PORT", "eighty"), properties()))
                .hasMessageContaining("PORT must be a number");
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("DB_URL", "postgres://db/x"), properties()))
                .hasMessageContaining("jdbc:mariadb://").hasMessageContaining("unset DB_URL");
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("DB_URL", "jdbc:mariadb://db/x"), properties()))
                .hasMessageContaining("DB_USER");
    }

    @Test
    void aPortAlreadyTakenIsReportedWithAWayOut() throws Exception {
        try (var taken = new java.net.ServerSocket(0)) {
            assertThatThrownBy(() -> PortalLauncher.checkPortIsFree(taken.getLocalPort()))
                    .hasMessageContaining("already in use").hasMessageContaining("PORT=");
        }
    }

    @Test
    void mariadbGetsTheRootFlagOnlyWhenRunningAsRoot() {
        assertThat(EmbeddedMariaDb.runsAsRoot("root")).isTrue();
        assertThat(EmbeddedMariaDb.runsAsRoot("alice")).isFalse();
    }

    private Map<String, String> properties() throws Exception {
        Path war = home.resolve("socialmap.war");
        Path jar = home.resolve("payara-micro.jar");
        if (Files.notExists(war)) {
            Files.createFile(war);
            Files.createFile(jar);
        }
        Map<String, String> properties = new HashMap<>();
        properties.put("socialmap.home", home.toString());
        properties.put("socialmap.war", war.toString());
        properties.put("socialmap.microJar", jar.toString());
        return properties;
    }
}

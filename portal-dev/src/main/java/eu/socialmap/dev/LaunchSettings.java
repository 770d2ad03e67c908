package eu.socialmap.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the run command was asked to do, read from the environment ({@code PORT}, {@code DB_URL}, {@code DB_USER},
 * {@code DB_PASSWORD}, {@code SOCIALMAP_DATA_DIR}) and from the system properties that the build passes
 * ({@code socialmap.war}, {@code socialmap.microJar}, {@code socialmap.home}).
 */
record LaunchSettings(int port, Optional<ExternalDatabase> externalDatabase, Path dataDir, Path war, Path microJar) {

    static final int DEFAULT_PORT = 8080;

    record ExternalDatabase(String url, String user, String password) {
    }

    /** A configuration that cannot work, with one sentence saying what to do about it. */
    static final class InvalidSettings extends Exception {
        InvalidSettings(String message) {
            super(message);
        }
    }

    static LaunchSettings from(Map<String, String> env, Map<String, String> properties) throws InvalidSettings {
        int port = parsePort(env.getOrDefault("PORT", String.valueOf(DEFAULT_PORT)));
        Optional<ExternalDatabase> external = Optional.empty();
        String dbUrl = blankToNull(env.get("DB_URL"));
        if (dbUrl != null) {
            if (!dbUrl.startsWith("jdbc:mariadb://") && !dbUrl.startsWith("jdbc:mysql://")) {
                throw new InvalidSettings("DB_URL must look like jdbc:mariadb://host:3306/socialmap (it is '" + dbUrl
                        + "'). Fix it, or unset DB_URL to use the embedded database.");
            }
            String user = blankToNull(env.get("DB_USER"));
            if (user == null) {
                throw new InvalidSettings("DB_URL is set but DB_USER is not: set DB_USER (and DB_PASSWORD) too.");
            }
            external = Optional.of(new ExternalDatabase(dbUrl, user, env.getOrDefault("DB_PASSWORD", "")));
        }
        Path home = Path.of(properties.getOrDefault("socialmap.home", ".")).toAbsolutePath().normalize();
        String dataDir = blankToNull(env.get("SOCIALMAP_DATA_DIR"));
        Path data = dataDir == null ? home.resolve("data") : Path.of(dataDir).toAbsolutePath().normalize();
        Path war = requiredFile(properties, "socialmap.war");
        Path microJar = requiredFile(properties, "socialmap.microJar");
        return new LaunchSettings(port, external, data, war, microJar);
    }

    private static int parsePort(String value) throws InvalidSettings {
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettings("PORT must be a number between 1 and 65535 (it is '" + value + "').");
    }

    private static Path requiredFile(Map<String, String> properties, String name) throws InvalidSettings {
        String value = properties.get(name);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new InvalidSettings("Missing " + name + " (" + value + "): start the portal with the README's run "
                    + "command from the project folder.");
        }
        return Path.of(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

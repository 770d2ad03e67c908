package eu.socialmap.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads Payara's console log for the reason the portal could not start. */
final class StartupLog {

    /** What Payara logs when a deployment fails for a reason the portal itself could not explain. */
    static final String DEPLOYMENT_FAILED = "Exception while loading the app";

    private StartupLog() {
    }

    /** The portal's own explanation (the line after {@code marker}), else Payara's word that deployment failed. */
    static Optional<String> failure(Path log, String marker) {
        Optional<String> explained = lineAfter(log, marker);
        if (explained.isPresent()) {
            return explained;
        }
        return lineAfter(log, DEPLOYMENT_FAILED).map(rest -> "Payara Micro could not deploy the portal");
    }

    /** Every line the portal marked for the console, without the marker (e.g. first-start instructions). */
    static java.util.List<String> notices(Path log, String marker) {
        if (!Files.isRegularFile(log)) {
            return java.util.List.of();
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(marker))
                    .map(line -> withoutLogDecoration(line.substring(line.indexOf(marker) + marker.length()).trim()))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return java.util.List.of();
        }
    }

    private static Optional<String> lineAfter(Path log, String marker) {
        if (!Files.isRegularFile(log)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(marker))
                    .map(line -> line.substring(line.indexOf(marker) + marker.length()).trim())
                    .map(StartupLog::withoutLogDecoration)
                    .findFirst();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Payara's log format ends a record with {@code ]]}; keep only the message. */
    static String withoutLogDecoration(String message) {
        return message.endsWith("]]") ? message.substring(0, message.length() - 2).trim() : message;
    }
}

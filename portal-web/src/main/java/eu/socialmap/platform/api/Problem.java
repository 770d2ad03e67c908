package eu.socialmap.platform.api;

import java.util.List;

/**
 * An RFC 9457 problem document: {@code type} is stable per kind of failure (clients switch on it), {@code title}
 * is translated into the asker's language, {@code errors} lists the fields that broke a constraint.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** For failures that are nothing more than their HTTP status (RFC 9457, section 4.2.1). */
    public static final String GENERIC_TYPE = "about:blank";

    /** A field and what is wrong with it, in the asker's language. */
    public record FieldError(String field, String message) {
    }
}

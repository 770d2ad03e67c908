package eu.socialmap.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Checks JSON documents against the HSDS 3.0 objects ({@code hsds-3.0/hsds-3.0.schema.json}, written for this
 * project from the specification; see the README next to it), formats included ({@code uuid}, {@code uri},
 * {@code email}, {@code date-time}). Tests only.
 */
public final class HsdsSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DEFINITIONS = read();

    private HsdsSchemas() {
    }

    /** Every violation of the object {@code definition} ("service", "page", "taxonomy_term"…); empty when valid. */
    public static List<String> violations(String definition, String json) {
        try {
            return violations(definition, JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> violations(String definition, JsonNode json) {
        ObjectNode schema = DEFINITIONS.deepCopy();
        schema.put("$ref", "#/$defs/" + definition);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
        return validator.validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** A page of the API: the envelope, and each item of {@code contents} as {@code item}. */
    public static List<String> pageViolations(String item, String json) {
        try {
            JsonNode page = JSON.readTree(json);
            List<String> all = new java.util.ArrayList<>(violations("page", page));
            for (JsonNode content : page.path("contents")) {
                all.addAll(violations(item, content));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read() {
        try (InputStream in = HsdsSchemas.class.getResourceAsStream("/hsds-3.0/hsds-3.0.schema.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

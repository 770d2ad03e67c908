package eu.socialmap.openreferral.control;

import eu.socialmap.directory.entity.TaxonomyTerm;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * HSDS wants string ids, UUIDs recommended. Organisations, locations and services keep theirs in a column
 * ({@code hsds_id}, V10): a fresh UUID for a row made here, the package's id for an imported one. Everything else
 * is derived, by name-based UUIDs, from the id of what it belongs to: the same record always gets the same id.
 * Taxonomies and their terms are the network's own lists, the same on every portal of the project.
 */
public final class HsdsIds {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private HsdsIds() {
    }

    public static String taxonomy(TaxonomyTerm.Taxonomy taxonomy) {
        return derived("socialmap/taxonomy/" + taxonomy.name());
    }

    public static String term(TaxonomyTerm.Taxonomy taxonomy, String code) {
        return derived("socialmap/taxonomy_term/" + taxonomy.name() + "/" + code);
    }

    public static String term(TaxonomyTerm term) {
        return term(term.getTaxonomy(), term.getCode());
    }

    /** A record that belongs to {@code owner} (a schedule, a phone, an address…), told apart by {@code key}. */
    public static String part(String owner, String kind, Object key) {
        return derived(owner + "/" + kind + "/" + key);
    }

    /** A service offered at a location. */
    public static String serviceAtLocation(String service, String location) {
        return derived(service + "/at/" + location);
    }

    public static boolean isUuid(String text) {
        return text != null && UUID_TEXT.matcher(text).matches();
    }

    private static String derived(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}

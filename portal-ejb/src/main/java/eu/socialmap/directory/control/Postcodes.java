package eu.socialmap.directory.control;

import eu.socialmap.directory.entity.EnterpriseNumber;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Offline geocoding: the centre of a postcode area, from a table {@code country,postcode,commune,latitude,longitude}
 * (CSV with a header line). A commune named with the postcode picks its own point when the postcode covers several
 * communes; otherwise the postcode's first row answers. Lookups ignore case and accents (Sint-Gillis = sint gillis).
 */
public final class Postcodes {

    public record Point(double latitude, double longitude) {
    }

    private final Map<String, Point> byPostcode = new HashMap<>();
    private final Map<String, Point> byPostcodeAndCommune = new HashMap<>();
    private final Map<String, Point> byCommune = new HashMap<>();
    private static final java.util.regex.Pattern POSTCODE = java.util.regex.Pattern.compile("\\b(\\d{4,5})\\b");

    private Postcodes() {
    }

    public static Postcodes empty() {
        return new Postcodes();
    }

    public static Postcodes read(Reader csv) {
        return empty().addRows(csv);
    }

    /** Adds the rows of another table (read at start-up only); a row replaces the same postcode and commune here. */
    public Postcodes addRows(Reader csv) {
        Postcodes table = this;
        try (BufferedReader lines = new BufferedReader(csv)) {
            String line = lines.readLine(); // header
            while ((line = lines.readLine()) != null) {
                String[] cells = split(line);
                if (cells.length < 5 || cells[3].isBlank() || cells[4].isBlank()) {
                    continue;
                }
                Point point = new Point(Double.parseDouble(cells[3]), Double.parseDouble(cells[4]));
                String postcode = cells[0].strip() + ":" + cells[1].strip();
                table.byPostcode.putIfAbsent(postcode, point);
                table.byPostcodeAndCommune.put(postcode + ":" + fold(cells[2]), point);
                table.byCommune.putIfAbsent(fold(cells[2]), point);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    public Optional<Point> locate(EnterpriseNumber.Country country, String postcode, String commune) {
        if (country == null || postcode == null) {
            return Optional.empty();
        }
        String key = country.name() + ":" + postcode.strip();
        Point exact = commune == null ? null : byPostcodeAndCommune.get(key + ":" + fold(commune));
        return Optional.ofNullable(exact != null ? exact : byPostcode.get(key));
    }

    /**
     * Where a person says she is: a postcode ("1060"; four digits are Belgian, five French), a postcode and a commune
     * ("1060 Sint-Gillis", or a whole address ending with them), or a commune's name alone ("Kortrijk").
     */
    public Optional<Point> find(String place) {
        if (place == null || place.isBlank()) {
            return Optional.empty();
        }
        java.util.regex.Matcher digits = POSTCODE.matcher(place);
        if (digits.find()) {
            String postcode = digits.group(1);
            EnterpriseNumber.Country country = postcode.length() == 4 ? EnterpriseNumber.Country.BE
                    : EnterpriseNumber.Country.FR;
            String after = place.substring(digits.end()).replaceAll("^[\\s,]+", "");
            Optional<Point> found = locate(country, postcode, after.isBlank() ? null : after);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.ofNullable(byCommune.get(fold(place)));
    }

    public int size() {
        return byPostcodeAndCommune.size();
    }

    /** One CSV line: commas separate cells, double quotes protect commas inside a cell. */
    private static String[] split(String line) {
        java.util.List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }

    static String fold(String commune) {
        String decomposed = Normalizer.normalize(commune.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", " ").strip();
    }
}

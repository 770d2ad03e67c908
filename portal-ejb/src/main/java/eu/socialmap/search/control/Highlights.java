package eu.socialmap.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks, in a text shown to the reader, the words that made a service match: the same word in any of the three
 * languages after stemming, a synonym of it, or a near spelling (the same tolerance as the search). The text is
 * cut into parts that a page escapes and wraps in {@code <mark>}: nothing of the text is ever interpreted.
 */
public final class Highlights {

    /** A piece of the text, marked when it is a matching word. */
    public record Part(String text, boolean marked) implements java.io.Serializable {
    }

    private static final List<String> LANGUAGE_FIELDS = List.of(Analyzers.TEXT_FR, Analyzers.TEXT_NL, Analyzers.TEXT_EN);

    private final Analyzer analyzer;
    private final Set<String> stems = new HashSet<>();
    private final List<String> typed = new ArrayList<>();

    Highlights(Analyzer analyzer, Synonyms synonyms, String queryText) {
        this.analyzer = analyzer;
        List<String> words = Synonyms.words(queryText);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            // as the search does: two words forming one expression of a synonym group ("sans abri") go together
            if (i + 1 < words.size() && synonyms.isExpression(word + " " + words.get(i + 1))) {
                word = word + " " + words.get(++i);
            }
            typed.add(word);
            for (String variant : synonyms.expand(word)) {
                for (String field : LANGUAGE_FIELDS) {
                    // as the query: a compound's parts are not asked for ("homeless" is no "les")
                    for (String term : terms(field, variant, false)) {
                        stems.add(field + ":" + term);
                    }
                }
            }
        }
    }

    /** Marks nothing. */
    public static Highlights none() {
        return new Highlights(Analyzers.perField(), Synonyms.none(), "");
    }

    public boolean isEmpty() {
        return typed.isEmpty();
    }

    /** The text in parts; a text without any match is one unmarked part. */
    public List<Part> in(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        if (typed.isEmpty()) {
            return List.of(new Part(text, false));
        }
        List<Part> parts = new ArrayList<>();
        int shown = 0;
        try (TokenStream words = analyzer.tokenStream(Analyzers.PLAIN, text)) {
            CharTermAttribute folded = words.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = words.addAttribute(OffsetAttribute.class);
            words.reset();
            while (words.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                if (start < shown || !matches(text.substring(start, end), folded.toString())) {
                    continue;
                }
                if (start > shown) {
                    parts.add(new Part(text.substring(shown, start), false));
                }
                parts.add(new Part(text.substring(start, end), true));
                shown = end;
            }
            words.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (shown < text.length()) {
            parts.add(new Part(text.substring(shown), false));
        }
        return parts;
    }

    private boolean matches(String word, String folded) {
        for (String field : LANGUAGE_FIELDS) {
            // as the index: a compound is found by its parts ("woning" marks "huurwoning")
            for (String term : terms(field, word, true)) {
                if (stems.contains(field + ":" + term)) {
                    return true;
                }
            }
        }
        for (String query : typed) {
            int edits = WordQuery.allowedEdits(query);
            if (edits > 0 && !query.contains(" ") && withinEdits(query, folded, edits)) {
                return true;
            }
        }
        return false;
    }

    /** The field's terms of a text; a compound's parts (at the position of the whole word) only when asked. */
    private List<String> terms(String field, String text, boolean withParts) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (withParts || position.getPositionIncrement() > 0 || terms.isEmpty()) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * The same first letter and at most {@code edits} insertions, deletions, substitutions or swaps of two
     * neighbours — what the search's fuzzy query forgives.
     */
    static boolean withinEdits(String a, String b, int edits) {
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0) || Math.abs(a.length() - b.length()) > edits) {
            return false;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()] <= edits;
    }
}

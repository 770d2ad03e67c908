package eu.socialmap.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words that mean the same across the network's languages ("logement / huisvesting / housing"). A query word
 * finds the services described with any word of its group, in any language. Matching ignores case and accents.
 */
public final class Synonyms {

    private static final Analyzer PLAIN = Analyzers.plain();

    private final Map<String, List<String>> groupOfWord = new HashMap<>();

    /** Each group is a list of words or short expressions ("sans-abri", "sans abri", "dakloos", "homeless"). */
    public Synonyms(List<List<String>> groups) {
        for (List<String> group : groups) {
            for (String member : group) {
                groupOfWord.put(key(member), group);
            }
        }
    }

    public static Synonyms none() {
        return new Synonyms(List.of());
    }

    /**
     * The word and every member of its group (the word alone when it has none). A misspelt word takes the group
     * of the member it is closest to ("logemnt" → logement, huisvesting, housing): typo tolerance across languages.
     */
    public Set<String> expand(String word) {
        Set<String> all = new LinkedHashSet<>();
        all.add(word);
        String key = key(word);
        List<String> group = groupOfWord.get(key);
        if (group == null && key.length() >= 4) {
            int allowed = key.length() >= 8 ? 2 : 1;
            group = groupOfWord.entrySet().stream().filter(e -> distance(key, e.getKey()) <= allowed)
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (group != null) {
            all.addAll(group);
        }
        return all;
    }

    /** Whether these words (e.g. "sans abri") form one expression of a group. */
    public boolean isExpression(String words) {
        return groupOfWord.containsKey(key(words));
    }

    /** Levenshtein distance, with an early exit: synonym lists are short, words shorter still. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return 3;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The words of a text as the plain field keeps them: lower case, no accents, elisions removed. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = PLAIN.tokenStream(Analyzers.PLAIN, text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static String key(String expression) {
        return String.join(" ", words(expression));
    }
}

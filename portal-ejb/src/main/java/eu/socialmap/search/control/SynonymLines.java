package eu.socialmap.search.control;

import eu.socialmap.platform.control.InputCheck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The coordinators' synonyms as they write them: one group a line, words or expressions separated by commas
 * ("logement, huisvesting, housing"). Each line is checked on its own, and every bad line is named at once.
 */
public final class SynonymLines {

    static final int MAX_GROUPS = 300;
    static final int MAX_WORDS = 20;
    static final int MAX_WORD_LENGTH = 60;

    private SynonymLines() {
    }

    public static List<List<String>> parse(String text, InputCheck input) {
        List<List<String>> groups = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            for (String word : lines[i].split(",")) {
                String cleaned = word.strip().replaceAll("\\s+", " ");
                if (!cleaned.isEmpty()) {
                    words.add(cleaned);
                }
            }
            int lineNumber = i + 1;
            if (words.size() < 2) {
                input.refuse("groups", "search.synonyms.tooFew", lineNumber);
            } else if (words.size() > MAX_WORDS) {
                input.refuse("groups", "search.synonyms.tooMany", lineNumber, MAX_WORDS);
            } else if (words.stream().anyMatch(word -> word.length() > MAX_WORD_LENGTH || word.matches(".*[<>].*"))) {
                input.refuse("groups", "search.synonyms.badWord", lineNumber, MAX_WORD_LENGTH);
            } else {
                groups.add(List.copyOf(words));
            }
        }
        if (groups.size() > MAX_GROUPS) {
            input.refuse("groups", "search.synonyms.tooManyGroups", MAX_GROUPS);
        }
        return groups;
    }

    public static String write(List<List<String>> groups) {
        StringBuilder text = new StringBuilder();
        groups.forEach(group -> text.append(String.join(", ", group)).append('\n'));
        return text.toString();
    }
}

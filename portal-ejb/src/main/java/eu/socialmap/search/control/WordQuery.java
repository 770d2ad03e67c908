package eu.socialmap.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How the portal's searches read the words a person types: every word must match, each in any of the three
 * languages (the stemmed fields {@link Analyzers#TEXT_FR}, {@link Analyzers#TEXT_NL}, {@link Analyzers#TEXT_EN}),
 * through a synonym of its group, or by a near spelling in the {@link Analyzers#PLAIN} field. Two words forming one
 * expression of a synonym group ("sans abri") count as one. The social map and the immersion offers search the
 * same way; an index only has to fill those four fields.
 */
public final class WordQuery {

    private static final List<String> LANGUAGE_FIELDS = List.of(Analyzers.TEXT_FR, Analyzers.TEXT_NL, Analyzers.TEXT_EN);

    private final Analyzer analyzer;
    private final Synonyms synonyms;

    /** {@code analyzer} must analyse the language fields as the index did ({@link Analyzers#perField()}). */
    public WordQuery(Analyzer analyzer, Synonyms synonyms) {
        this.analyzer = analyzer;
        this.synonyms = synonyms;
    }

    /** All the words of the text; every document when it has none. */
    public Query matching(String text) {
        List<Query> words = clauses(text);
        if (words.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        words.forEach(word -> all.add(word, BooleanClause.Occur.MUST));
        return all.build();
    }

    /** One query per word (or expression) of the text, each of which must match; none for a text without words. */
    public List<Query> clauses(String text) {
        List<String> words = Synonyms.words(text);
        List<Query> clauses = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            // two words that form one expression of a synonym group ("sans abri") are searched as one
            if (i + 1 < words.size() && synonyms.isExpression(words.get(i) + " " + words.get(i + 1))) {
                clauses.add(wordQuery(words.get(i) + " " + words.get(i + 1)));
                i++;
            } else {
                clauses.add(wordQuery(words.get(i)));
            }
        }
        return clauses;
    }

    /** What to mark in the texts shown for a search of these words: the same matches as the search. */
    public Highlights highlights(String text) {
        return new Highlights(analyzer, synonyms, text);
    }

    private Query wordQuery(String word) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String variant : synonyms.expand(word)) {
            float boost = variant.equals(word) ? 2f : 1.5f;
            for (String field : LANGUAGE_FIELDS) {
                Query exact = analysed(field, variant);
                if (exact != null) {
                    any.add(new BoostQuery(exact, boost), BooleanClause.Occur.SHOULD);
                }
            }
        }
        int edits = allowedEdits(word);
        if (edits > 0 && !word.contains(" ")) {
            any.add(new BoostQuery(new FuzzyQuery(new Term(Analyzers.PLAIN, word), edits, 1), 0.5f),
                    BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** Spelling mistakes forgiven in a word: none in a short one, one from four letters, two from eight. */
    public static int allowedEdits(String word) {
        return word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
    }

    /** The expression as the field's analyzer sees it: a term, or a phrase of several. */
    private Query analysed(String field, String expression) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, expression)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                // parts of a compound sit at the word's own position: the whole word is enough in a query
                if (position.getPositionIncrement() > 0 || terms.isEmpty()) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) {
            return null;
        }
        return terms.size() == 1 ? new TermQuery(new Term(field, terms.get(0)))
                : new PhraseQuery(field, terms.toArray(String[]::new));
    }
}

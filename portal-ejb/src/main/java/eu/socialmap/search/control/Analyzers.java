package eu.socialmap.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;

import java.util.Map;

/**
 * How words are compared. Each language has its field and its stemmer (logements → logement, woningen → woning,
 * services → service); every field ignores case and accents (hôpital = hopital). The {@code plain} field keeps
 * whole words, unstemmed: typo tolerance and suggestions work on it.
 */
public final class Analyzers {

    public static final String TEXT_FR = "text_fr";
    public static final String TEXT_NL = "text_nl";
    public static final String TEXT_EN = "text_en";
    public static final String PLAIN = "plain";

    private Analyzers() {
    }

    /** The analyzer of each text field (the plain one for any other field). */
    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(plain(), Map.of(TEXT_FR, french(), TEXT_NL, dutch(), TEXT_EN, english()));
    }

    public static Analyzer french() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                stream = new FrenchLightStemFilter(stream);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
            }
        };
    }

    /**
     * Parts of Dutch compounds that social services are written with: "huurwoning" is also found as "woning",
     * "schuldhulpverlening" as "schuld" and "hulp". A short list on purpose: each word must be a real part.
     */
    static final CharArraySet DUTCH_COMPOUND_PARTS = new CharArraySet(java.util.List.of(
            "woning", "woningen", "huur", "wonen", "woon", "zorg", "hulp", "schuld", "opvang", "begeleiding",
            "werk", "kinder", "kind", "jeugd", "ouder", "senioren", "gezin", "gezondheid", "voedsel", "pakket",
            "advies", "dienst", "centrum", "daklozen", "nacht", "dag", "taal", "les", "school", "onthaal"), true);

    public static Analyzer dutch() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new ASCIIFoldingFilter(stream);
                stream = new DictionaryCompoundWordTokenFilter(stream, DUTCH_COMPOUND_PARTS, 6, 3, 15, false);
                return new TokenStreamComponents(source, new SnowballFilter(stream, new DutchStemmer()));
            }
        };
    }

    public static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, new EnglishMinimalStemFilter(stream));
            }
        };
    }

    /** Whole words without case or accents, with French elisions removed (l'hôpital → hopital). */
    public static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
            }
        };
    }

}

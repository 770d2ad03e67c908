package eu.socialmap.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/**
 * Text written in French, Dutch and English, one column per language (the house choice for every translatable
 * field). A reader gets her language, or else the first translation that exists, so nothing shows blank just
 * because one partner wrote only in Dutch.
 */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "fr")
    private String fr;
    @Column(name = "nl")
    private String nl;
    @Column(name = "en")
    private String en;

    protected LocalizedText() {
        // for JPA
    }

    public LocalizedText(String fr, String nl, String en) {
        this.fr = normalise(fr);
        this.nl = normalise(nl);
        this.en = normalise(en);
    }

    /** The text in this language, exactly as written (empty when it has no translation there). */
    public String exactly(Language language) {
        String text = switch (language) {
            case FR -> fr;
            case NL -> nl;
            case EN -> en;
        };
        return text == null ? "" : text;
    }

    /** The text in this language, or else in the first language (fr, nl, en) that has it. */
    public String in(Language language) {
        String wanted = exactly(language);
        if (!wanted.isEmpty()) {
            return wanted;
        }
        for (Language fallback : Language.values()) {
            if (!exactly(fallback).isEmpty()) {
                return exactly(fallback);
            }
        }
        return "";
    }

    /** Whether a reader of this language sees a translation made for her, or a fallback. */
    public boolean isTranslatedInto(Language language) {
        return !exactly(language).isEmpty();
    }

    public boolean isEmpty() {
        return exactly(Language.FR).isEmpty() && exactly(Language.NL).isEmpty() && exactly(Language.EN).isEmpty();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that
                && exactly(Language.FR).equals(that.exactly(Language.FR))
                && exactly(Language.NL).equals(that.exactly(Language.NL))
                && exactly(Language.EN).equals(that.exactly(Language.EN));
    }

    @Override
    public int hashCode() {
        return Objects.hash(exactly(Language.FR), exactly(Language.NL), exactly(Language.EN));
    }

    @Override
    public String toString() {
        return in(Language.DEFAULT);
    }
}

package eu.socialmap.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/** One section of a sheet in one language (a row of {@code practice_text}); replaced, never changed in place. */
@Embeddable
public class PracticeText implements Serializable {

    private static final long serialVersionUID = 1L;

    /** fr, nl or en. */
    @Column(name = "lang")
    private String lang;
    @Enumerated(EnumType.STRING)
    @Column(name = "section")
    private PracticeSection section;
    @Column(name = "body")
    private String body;

    protected PracticeText() {
        // for JPA
    }

    public PracticeText(String lang, PracticeSection section, String body) {
        this.lang = Objects.requireNonNull(lang);
        this.section = Objects.requireNonNull(section);
        this.body = Objects.requireNonNull(body);
    }

    public String getLang() { return lang; }
    public PracticeSection getSection() { return section; }
    public String getBody() { return body; }

    boolean isAt(String language, PracticeSection at) {
        return lang.equals(language) && section == at;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PracticeText that && lang.equals(that.lang) && section == that.section
                && body.equals(that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lang, section);
    }
}

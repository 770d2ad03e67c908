package eu.socialmap.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One section of a sheet in one language (a row of {@code practice_text}), changed only through its sheet
 * ({@link PracticeSheet#putText}). An entity rather than an embeddable of an element collection: EclipseLink failed to
 * compute the changes of such a collection (a NullPointerException in its attribute accessor), and a body changed in
 * place is one UPDATE instead of a DELETE and an INSERT.
 */
@Entity
@Table(name = "practice_text")
@IdClass(PracticeText.Key.class)
public class PracticeText implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The primary key: the sheet's id, the language, the section's name. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long sheet;
        private String lang;
        private String section;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(sheet, that.sheet) && Objects.equals(lang, that.lang)
                    && Objects.equals(section, that.section);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheet, lang, section);
        }
    }

    @Id
    @ManyToOne
    @JoinColumn(name = "sheet_id")
    private PracticeSheet sheet;
    /** fr, nl or en. */
    @Id
    @Column(name = "lang")
    private String lang;
    @Id
    @Column(name = "section")
    private String section;
    @Column(name = "body")
    private String body;

    protected PracticeText() {
        // for JPA
    }

    PracticeText(PracticeSheet sheet, String lang, PracticeSection section, String body) {
        this.sheet = Objects.requireNonNull(sheet);
        this.lang = Objects.requireNonNull(lang);
        this.section = Objects.requireNonNull(section).name();
        this.body = Objects.requireNonNull(body);
    }

    public String getLang() { return lang; }
    public PracticeSection getSection() { return PracticeSection.valueOf(section); }
    public String getBody() { return body; }

    void rewrite(String newBody) {
        this.body = Objects.requireNonNull(newBody);
    }

    boolean isAt(String language, PracticeSection at) {
        return lang.equals(language) && section.equals(at.name());
    }
}

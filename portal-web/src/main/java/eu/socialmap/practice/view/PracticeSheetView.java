package eu.socialmap.practice.view;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import eu.socialmap.practice.boundary.PracticeInterests;
import eu.socialmap.practice.boundary.Practices;
import eu.socialmap.practice.control.PracticeMarkdown;
import eu.socialmap.practice.entity.PracticeFile;
import eu.socialmap.practice.entity.PracticeSection;
import eu.socialmap.practice.entity.PracticeSheet;
import eu.socialmap.practice.entity.PracticeText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A sheet's page ({@code /practices/sheet?id=}) as the network's publications structure it: title and summary, the
 * facts, then the four chapters with their sections, each in the reader's language where it is translated (else the
 * original, with its {@code lang}); pictures, attachments, contact; the take-ups, and for members of other
 * organisations the question and "we want to try this" forms; for a coordinator, a submitted sheet's review. Anyone the service does not let read it gets 404.
 */
@Named
@ViewScoped
public class PracticeSheetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Practices practices;

    @Inject
    PracticeInterests interests;

    @Inject
    LanguageSelection language;

    @Inject
    Notices notices;

    private String id;
    private Long sheetId;
    private Practices.SheetView view;
    private String question;
    private String note;
    private String reviewComment;

    /** A section as shown: its heading key, its HTML, the language it is written in. */
    public record Shown(String id, String headingKey, String html, String lang) implements Serializable {
    }

    /** A chapter with the sections that have a text. */
    public record Chapter(int number, String headingKey, List<Shown> sections) implements Serializable {
    }

    public void load() throws IOException {
        if (sheetId == null) {
            try {
                sheetId = PageIds.parse(id);
            } catch (RuntimeException bad) {
                ErrorPages.send(404);
                return;
            }
        }
        refresh();
    }

    private void refresh() throws IOException {
        try {
            view = practices.view(sheetId);
        } catch (BusinessException notReadable) {
            view = null;
            ErrorPages.send(404);
        }
    }

    public String ask() throws IOException {
        try {
            interests.ask(sheetId, question);
            notices.info("practice.sheet.asked");
            question = null;
        } catch (BusinessException refusal) {
            notices.error(refusal, "ask");
        }
        refresh();
        return null;
    }

    public String tryIt() throws IOException {
        try {
            interests.tryIt(sheetId, note);
            notices.info("practice.sheet.tried");
            note = null;
        } catch (BusinessException refusal) {
            notices.error(refusal, "try");
        }
        refresh();
        return null;
    }

    /** The coordinator publishes the submitted sheet she has just read. */
    public String publish() {
        return notices.afterAction(() -> practices.publish(sheetId), "practice.review.published", "review",
                "/practices/sheet?faces-redirect=true&id=" + sheetId);
    }

    /** The coordinator returns it to its authors with her comment (required); a refusal keeps what she typed. */
    public String returnToAuthors() {
        return notices.afterAction(() -> practices.returnToAuthors(sheetId, reviewComment), "practice.review.returned",
                "review", "/practices/sheet?faces-redirect=true&id=" + sheetId);
    }

    public String getTitle() {
        return view == null ? "" : view.sheet().titleFor(language.getLanguage());
    }

    public String getTitleLang() {
        return langOf(PracticeSection.TITLE);
    }

    public Shown getSummary() {
        return shown(PracticeSection.SUMMARY);
    }

    public List<Chapter> getChapters() {
        List<Chapter> chapters = new ArrayList<>();
        for (int number = 1; number <= PracticeSection.CHAPTERS; number++) {
            List<Shown> sections = new ArrayList<>();
            for (PracticeSection section : PracticeSection.ofChapter(number)) {
                Shown shown = shown(section);
                if (shown != null) {
                    sections.add(shown);
                }
            }
            if (!sections.isEmpty()) {
                chapters.add(new Chapter(number, "practice.chapter." + number, sections));
            }
        }
        return chapters;
    }

    private Shown shown(PracticeSection section) {
        if (view == null) {
            return null;
        }
        PracticeText text = view.sheet().textFor(language.getLanguage(), section).orElse(null);
        return text == null ? null : new Shown("section-" + section.name().toLowerCase().replace('_', '-'),
                "practice.section." + section.name(), PracticeMarkdown.html(text.getBody()), text.getLang());
    }

    private String langOf(PracticeSection section) {
        return view == null ? language.getCode()
                : view.sheet().textFor(language.getLanguage(), section).map(PracticeText::getLang).orElse(language.getCode());
    }

    /** The languages the sheet is written in, for "also in". */
    public List<Language> getLanguages() {
        return view == null ? List.of() : List.copyOf(view.sheet().languages());
    }

    /** Whether the reader's language is missing somewhere, so she reads parts in the original. */
    public boolean isPartlyOriginal() {
        return view != null && language.getLanguage() != view.sheet().getOriginalLanguage()
                && !view.sheet().sectionsIn(view.sheet().getOriginalLanguage())
                .equals(view.sheet().sectionsIn(language.getLanguage()));
    }

    public List<TaxonomyTerm> terms(String taxonomy) {
        return view == null ? List.of() : view.terms().stream().filter(t -> t.getTaxonomy().name().equals(taxonomy)).toList();
    }

    public List<PracticeFile> getPictures() {
        return view == null ? List.of() : view.files().stream().filter(PracticeFile::isPicture).toList();
    }

    public List<PracticeFile> getAttachments() {
        return view == null ? List.of() : view.files().stream().filter(f -> !f.isPicture()).toList();
    }

    public String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(language.getLocale(), "%.1f MB", bytes / (1024.0 * 1024))
                : Math.max(1, bytes / 1024) + " kB";
    }

    public PracticeSheet getSheet() { return view == null ? null : view.sheet(); }
    public Practices.SheetView getView() { return view; }
    public Organisation getOrganisation() { return view == null ? null : view.organisation(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReviewComment() { return reviewComment; }
    public void setReviewComment(String reviewComment) { this.reviewComment = reviewComment; }
}

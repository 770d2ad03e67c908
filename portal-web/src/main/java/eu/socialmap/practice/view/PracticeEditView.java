package eu.socialmap.practice.view;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import eu.socialmap.practice.boundary.PracticeFiles;
import eu.socialmap.practice.boundary.Practices;
import eu.socialmap.practice.entity.PracticeFile;
import eu.socialmap.practice.entity.PracticeSection;
import eu.socialmap.practice.entity.PracticeSheet;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sheet's editor ({@code /practices/edit}, {@code ?id=} to change one): one language's sections at a time (the
 * original first; a selector switches to a translation, keeping everything typed), themes, publics, partners,
 * contact, visibility; save, or save and submit for review; files once the sheet exists. Every rule is the service's;
 * a refusal keeps what was typed, each message next to its field.
 */
@Named
@ViewScoped
public class PracticeEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "sheet";
    /** The largest upload read: the service refuses anything above its limits with a clear message. */
    private static final long MAX_READ = 11L * 1024 * 1024;

    @Inject
    Practices practices;

    @Inject
    PracticeFiles files;

    @Inject
    Notices notices;

    private String id;
    private boolean loaded;
    private Long sheetId;
    private long version;
    private PracticeSheet sheet;
    private PracticeForm form = new PracticeForm();
    private String editing;
    private String nextEditing;
    private List<TaxonomyTerm> themes = List.of();
    private List<TaxonomyTerm> publics = List.of();
    private List<Choice> partners = List.of();
    private List<PracticeFile> sheetFiles = List.of();
    private transient Part upload;
    private String uploadKind = PracticeFile.Kind.PICTURE.name();
    private String caption;

    /** An organisation to choose as partner. */
    public record Choice(long id, String label) implements Serializable {
    }

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        List<TaxonomyTerm> terms = practices.terms();
        themes = terms.stream().filter(t -> t.getTaxonomy() == TaxonomyTerm.Taxonomy.THEME).toList();
        publics = terms.stream().filter(t -> t.getTaxonomy() == TaxonomyTerm.Taxonomy.AUDIENCE).toList();
        try {
            if (id != null && !id.isBlank()) {
                sheet = practices.forEditing(PageIds.parse(id));
                sheetId = sheet.getId();
                version = sheet.getVersion();
                form = PracticeForm.of(sheet, themes.stream().map(TaxonomyTerm::getId).collect(Collectors.toSet()));
                sheetFiles = files.of(sheetId);
            } else if (!practices.mayWrite()) {
                ErrorPages.send(403);
                return;
            }
        } catch (BusinessException refusal) {
            ErrorPages.send(refusal.kind() == BusinessException.Kind.FORBIDDEN ? 403 : 404);
            return;
        } catch (RuntimeException badId) {
            ErrorPages.send(404);
            return;
        }
        partners = practices.partnerChoices().stream()
                .filter(o -> sheet == null || o.getId() != sheet.getOrganisationId())
                .map(o -> new Choice(o.getId(), label(o))).toList();
        editing = form.getOriginalLanguage();
        loaded = true;
    }

    private static String label(Organisation organisation) {
        return organisation.getShortName() + " (" + organisation.getCommune() + ")";
    }

    public String save() {
        Long saved = store();
        if (saved == null) {
            return null;
        }
        notices.info("practice.edit.saved");
        notices.keepAcrossRedirect();
        return outcome(saved);
    }

    public String saveAndSubmit() {
        Long saved = store();
        if (saved == null) {
            return null;
        }
        try {
            practices.submit(saved);
            notices.info("practice.edit.submitted");
        } catch (BusinessException refusal) {
            notices.info("practice.edit.saved");
            notices.error(refusal);
        }
        notices.keepAcrossRedirect();
        return outcome(saved);
    }

    public String withdraw() {
        return notices.afterAction(() -> practices.withdraw(sheetId), "practice.edit.withdrawn", FORM, outcome(sheetId));
    }

    /** Shows another language's sections; what was typed in the one shown is kept. */
    public void switchLanguage() {
        // the posted texts went to the language shown until now; only then does the choice apply
        if (getLanguageCodes().contains(nextEditing)) {
            editing = nextEditing;
        }
    }

    public String uploadFile() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            notices.error("workinggroup.file.empty");
            return null;
        }
        byte[] read;
        try (InputStream in = upload.getInputStream()) {
            // at most one byte more than the largest file allowed: enough for the service to say it is too large
            read = in.readNBytes((int) Math.min(MAX_READ, upload.getSize()));
        }
        byte[] content = read;
        PracticeFile.Kind kind = PracticeFile.Kind.ATTACHMENT.name().equals(uploadKind) ? PracticeFile.Kind.ATTACHMENT
                : PracticeFile.Kind.PICTURE;
        String name = upload.getSubmittedFileName();
        return notices.afterAction(() -> files.add(sheetId, kind, name, content, caption), "practice.edit.fileAdded",
                "files", outcome(sheetId));
    }

    public String removeFile(long fileId) {
        return notices.afterAction(() -> files.remove(fileId), "practice.edit.fileRemoved", "files", outcome(sheetId));
    }

    private Long store() {
        try {
            if (sheetId == null) {
                return practices.create(form.toSheetForm()).getId();
            }
            practices.update(sheetId, version, form.toSheetForm());
            return sheetId;
        } catch (BusinessException refusal) {
            PracticeForm.languageOf(refusal).filter(lang -> !lang.equals(editing)).ifPresent(lang -> {
                editing = lang;
                notices.error("practice.edit.errorsInLanguage");
            });
            notices.error(PracticeForm.onForm(refusal), FORM);
            return null;
        }
    }

    private static String outcome(long id) {
        return "/practices/edit?faces-redirect=true&id=" + id;
    }

    /** The sections of one chapter (0: title and summary). */
    public List<PracticeSection> sections(int chapter) {
        return PracticeSection.ofChapter(chapter);
    }

    public List<Integer> getChapters() {
        return List.of(1, 2, 3, 4);
    }

    public boolean isOriginalShown() {
        return editing != null && editing.equals(form.getOriginalLanguage());
    }

    public List<String> getLanguageCodes() {
        return List.of("fr", "nl", "en");
    }

    public Set<String> getVisibilities() {
        return Set.of("PUBLIC", "MEMBERS");
    }

    public List<PracticeFile> getFiles() { return sheetFiles; }
    public int getMaxFiles() { return PracticeFile.MAX_PER_SHEET; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getSheetId() { return sheetId; }
    public PracticeSheet getSheet() { return sheet; }
    public PracticeForm getForm() { return form; }
    public String getEditing() { return editing; }
    public String getNextEditing() { return nextEditing == null ? editing : nextEditing; }
    public void setNextEditing(String nextEditing) { this.nextEditing = nextEditing; }
    public List<TaxonomyTerm> getThemes() { return themes; }
    public List<TaxonomyTerm> getPublics() { return publics; }
    public List<Choice> getPartners() { return partners; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public String getUploadKind() { return uploadKind; }
    public void setUploadKind(String uploadKind) { this.uploadKind = uploadKind; }
    public String getCaption() { return caption; }
    public void setCaption(String caption) { this.caption = caption; }
}

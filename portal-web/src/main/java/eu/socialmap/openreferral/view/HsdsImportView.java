package eu.socialmap.openreferral.view;

import eu.socialmap.openreferral.boundary.HsdsImport;
import eu.socialmap.openreferral.boundary.ImportReport;
import eu.socialmap.openreferral.control.HsdsPackage;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The coordinator uploads an HSDS 3.0 package (JSON, or a zipped CSV data package) and reads what was created, updated, left out or refused. */
@Named
@ViewScoped
public class HsdsImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_MEGABYTES = 10;

    @Inject
    HsdsImport importer;

    @Inject
    Notices notices;

    @Inject
    LanguageSelection languageSelection;

    private transient Part file;
    private String textLanguage = "fr";
    private ImportReport report;

    /** A line of the report, translated. */
    public record Row(String record, String text) implements Serializable {
    }

    public void upload() {
        report = null;
        if (file == null || file.getSize() == 0) {
            notices.error("hsds.import.noFile");
            return;
        }
        if (file.getSize() > MAX_MEGABYTES * 1024L * 1024L) {
            notices.error("hsds.import.tooLarge", MAX_MEGABYTES);
            return;
        }
        String name = file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName().toLowerCase(Locale.ROOT);
        String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".json") && (type.contains("json") || type.equals("application/octet-stream") || type.isEmpty());
        boolean zip = name.endsWith(".zip") && (type.contains("zip") || type.equals("application/octet-stream") || type.isEmpty());
        if (!json && !zip) {
            notices.error("hsds.import.wrongTypeOrZip");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            Language language = Language.fromTag(textLanguage).orElse(Language.DEFAULT);
            report = zip ? importer.importDataPackage(in, language) : importer.importPackage(in, language);
            if (report.accepted()) {
                notices.info("hsds.import.done", report.created().size(), report.updated().size());
            } else {
                notices.error("hsds.import.refused");
            }
        } catch (BusinessException refusal) {
            notices.error(refusal);
        } catch (IOException unreadable) {
            notices.error("hsds.import.notJson");
        }
    }

    public List<Row> getCreated() {
        return report == null ? List.of() : report.created().stream().map(this::row).toList();
    }

    public List<Row> getUpdated() {
        return report == null ? List.of() : report.updated().stream().map(this::row).toList();
    }

    public List<Row> getRejected() {
        return report == null ? List.of() : report.rejected().stream().map(this::row).toList();
    }

    public List<Row> getWarnings() {
        return report == null ? List.of() : report.warnings().stream().map(this::row).toList();
    }

    private Row row(ImportReport.Line line) {
        return new Row(line.name(), Messages.get(languageSelection.getLanguage(), "hsds.import.kind." + line.kind().name()));
    }

    private Row row(HsdsPackage.Remark remark) {
        return new Row(remark.record(), Messages.get(languageSelection.getLanguage(), remark.messageKey(), remark.arguments()));
    }

    public boolean isReported() { return report != null; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getTextLanguage() { return textLanguage; }
    public void setTextLanguage(String textLanguage) { this.textLanguage = textLanguage; }
}

package eu.socialmap.practice.boundary;

import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.boundary.DataDirectory;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.control.TransactionEnd;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.practice.control.PracticeFileCheck;
import eu.socialmap.practice.entity.PracticeFile;
import eu.socialmap.practice.entity.PracticeSheet;
import eu.socialmap.workinggroup.control.MeetingFiles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The pictures and attachments of sheets: added and removed by those who may edit the sheet, {@value
 * PracticeFile#MAX_PER_SHEET} at most a sheet, checked by content ({@link PracticeFileCheck}); read by whoever may read
 * the sheet, "not found" for anyone else. Stored beside the meetings' files, under random names.
 */
@Stateless
@PermitAll
public class PracticeFiles {

    private static final Logger LOG = Logger.getLogger(PracticeFiles.class.getName());

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    DataDirectory dataDirectory;

    @Resource
    TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemUTC();

    /** A file to send: its name, type, length and content (the caller closes it). */
    public record Download(String fileName, String contentType, long size, InputStream content) {
    }

    @RolesAllowed({Role.Names.ORGANISATION_MEMBER, Role.Names.ORGANISATION_ADMIN, Role.Names.COORDINATOR})
    public PracticeFile add(long sheetId, PracticeFile.Kind kind, String fileName, byte[] content, String caption) {
        PracticeSheet sheet = access.editable(sheetId, access.reader());
        // one upload at a time per sheet, so that the count holds
        em.lock(sheet, LockModeType.PESSIMISTIC_WRITE);
        InputCheck input = new InputCheck();
        String checkedCaption = input.text("caption", caption, 300, false);
        input.throwIfAny();
        long count = em.createNamedQuery(PracticeFile.COUNT_OF_SHEET, Long.class).setParameter("sheet", sheetId)
                .getSingleResult();
        if (count >= PracticeFile.MAX_PER_SHEET) {
            throw new InvalidInput(List.of(new InvalidInput.FieldError("file", "practice.file.tooMany",
                    List.of(PracticeFile.MAX_PER_SHEET))));
        }
        PracticeFileCheck.Checked checked = PracticeFileCheck.check(kind == null ? PracticeFile.Kind.ATTACHMENT : kind,
                fileName, content);
        MeetingFiles files = files();
        String storedName = files.store(content);
        try {
            TransactionEnd.afterCompletion(transactions, committed -> {
                if (!committed) {
                    deleteQuietly(files, storedName);
                }
            });
            PracticeFile file = new PracticeFile(sheetId, checked.kind(), checked.fileName(), checked.contentType(),
                    content.length, storedName, checkedCaption, (int) count, clock.instant());
            em.persist(file);
            sheet.touch(clock.instant());
            em.flush();
            return file;
        } catch (RuntimeException failed) {
            deleteQuietly(files, storedName);
            throw failed;
        }
    }

    @RolesAllowed({Role.Names.ORGANISATION_MEMBER, Role.Names.ORGANISATION_ADMIN, Role.Names.COORDINATOR})
    public void remove(long fileId) {
        PracticeFile file = em.find(PracticeFile.class, fileId);
        if (file == null) {
            throw PracticeAccess.notFound();
        }
        PracticeSheet sheet = access.editable(file.getSheetId(), access.reader());
        em.remove(file);
        sheet.touch(clock.instant());
        MeetingFiles files = files();
        String storedName = file.getStoredName();
        TransactionEnd.afterCompletion(transactions, committed -> {
            if (committed) {
                deleteQuietly(files, storedName);
            }
        });
    }

    /** The files of a sheet the caller may read. */
    public List<PracticeFile> of(long sheetId) {
        access.readable(sheetId, access.reader());
        return em.createNamedQuery(PracticeFile.OF_SHEET, PracticeFile.class).setParameter("sheet", sheetId)
                .getResultList();
    }

    /** The file, if the caller may read its sheet; "not found" otherwise, as for an id that does not exist. */
    public Download open(long fileId) {
        PracticeFile file = em.find(PracticeFile.class, fileId);
        if (file == null) {
            throw PracticeAccess.notFound();
        }
        access.readable(file.getSheetId(), access.reader());
        try {
            return new Download(file.getOriginalName(), file.getContentType(), file.getSizeBytes(),
                    files().open(file.getStoredName()));
        } catch (IOException gone) {
            LOG.log(Level.WARNING, "The stored file of practice file " + fileId + " is missing", gone);
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "practice.sheet.notFound");
        }
    }

    private MeetingFiles files() {
        return new MeetingFiles(dataDirectory.resolve("documents"));
    }

    private static void deleteQuietly(MeetingFiles files, String storedName) {
        try {
            files.delete(storedName);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "A practice file could not be deleted: " + storedName, e);
        }
    }
}

package eu.socialmap.membership.view;

import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.membership.boundary.Assemblies;
import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** One assembly: its notice, the member organisations present (recorded by the coordinator) and the quorum. */
@Named
@ViewScoped
public class AssemblyPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assemblies assemblies;

    @Inject
    Charter charter;

    @Inject
    Notices notices;

    private String id;
    private long numericId;
    private Assemblies.Attendance attendance;
    private List<Organisation> members = List.of();
    private List<Long> present = new ArrayList<>();

    public void load() throws IOException {
        try {
            attendance = assemblies.attendance(numericId);
        } catch (BusinessException missing) {
            ErrorPages.send(404);
            return;
        }
        members = charter.allMembers();
        present = new ArrayList<>(attendance.present());
    }

    public void record() {
        try {
            attendance = assemblies.recordPresence(numericId, new HashSet<>(present));
            notices.info("membership.assembly.presenceSaved", present.size());
        } catch (BusinessException refusal) {
            notices.error(refusal);
        }
    }

    public String getId() { return id; }
    public void setId(String id) {
        this.id = id;
        this.numericId = eu.socialmap.platform.view.PageIds.parse(id);
    }
    public Assemblies.Attendance getAttendance() { return attendance; }
    public List<Organisation> getMembers() { return members; }
    public List<Long> getPresent() { return present; }
    public void setPresent(List<Long> present) { this.present = present; }
}

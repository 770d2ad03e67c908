package eu.socialmap.membership.view;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.membership.boundary.Assemblies;
import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.context.FacesContext;
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

    private Long id;
    private Assemblies.Attendance attendance;
    private List<Organisation> members = List.of();
    private List<Long> present = new ArrayList<>();

    public void load() throws IOException {
        try {
            attendance = assemblies.attendance(id == null ? -1 : id);
        } catch (BusinessException missing) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        members = charter.members(1, 1000).organisations();
        present = new ArrayList<>(attendance.present());
    }

    public void record() {
        try {
            attendance = assemblies.recordPresence(id, new HashSet<>(present));
            notices.info("membership.assembly.presenceSaved", present.size());
        } catch (BusinessException refusal) {
            notices.error(refusal);
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Assemblies.Attendance getAttendance() { return attendance; }
    public List<Organisation> getMembers() { return members; }
    public List<Long> getPresent() { return present; }
    public void setPresent(List<Long> present) { this.present = present; }
}

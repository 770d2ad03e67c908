package eu.socialmap.workinggroup.view;

import eu.socialmap.workinggroup.boundary.WorkingGroups;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The working groups ({@code /groups/}): what each is for, its theme, its size and its next meeting. */
@Named
@RequestScoped
public class GroupsView {

    @Inject
    WorkingGroups groups;

    private List<WorkingGroups.Summary> all = List.of();
    private Set<Long> mine = Set.of();

    public void load() {
        all = groups.summaries();
        mine = groups.mine().stream().map(s -> s.group().getId()).collect(Collectors.toSet());
    }

    public boolean isMine(long groupId) {
        return mine.contains(groupId);
    }

    public List<WorkingGroups.Summary> getAll() { return all; }
}

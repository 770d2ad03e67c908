package eu.socialmap.workinggroup.view;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.PageIds;
import eu.socialmap.workinggroup.boundary.WorkingGroups;

import java.io.IOException;

/** The check shared by the lead's forms: the group exists and the signed-in person leads it, else 404 / 403. */
final class LeadPage {

    private LeadPage() {
    }

    /** The group's id, or -1 once an error page has been sent. */
    static long open(WorkingGroups groups, String typedId) throws IOException {
        long groupId = PageIds.parse(typedId);
        int status;
        try {
            groups.group(groupId);
            if (groups.standing(groupId).leads()) {
                return groupId;
            }
            status = 403;
        } catch (BusinessException notFound) {
            status = 404;
        }
        ErrorPages.send(status);
        return -1;
    }
}

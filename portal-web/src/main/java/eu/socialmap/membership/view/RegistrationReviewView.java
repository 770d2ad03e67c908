package eu.socialmap.membership.view;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.membership.boundary.Registrations;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The coordinator's queue of registrations: accept, or refuse with a reason the organisation will read. */
@Named
@ViewScoped
public class RegistrationReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Registrations registrations;

    @Inject
    Notices notices;

    private List<Organisation> pending = List.of();
    /** The reason typed for each organisation, kept when a refusal is refused (e.g. the reason was empty). */
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        pending = registrations.pending();
    }

    public void accept(Organisation organisation) {
        try {
            registrations.accept(organisation.getId());
            notices.info("membership.review.accepted", organisation.getShortName());
        } catch (BusinessException refusal) {
            notices.error(refusal);
        }
        load();
    }

    public void refuse(Organisation organisation) {
        try {
            registrations.refuse(organisation.getId(), reasons.get(organisation.getId()));
            reasons.remove(organisation.getId());
            notices.info("membership.review.refused", organisation.getShortName());
        } catch (BusinessException refusal) {
            notices.error(refusal);
        }
        load();
    }

    public List<Organisation> getPending() {
        return pending;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}

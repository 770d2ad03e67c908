package eu.socialmap.platform.boundary;

import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.NetworkProfile;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The network's public identity, read by every page header and by the API. */
@Stateless
@PermitAll
public class NetworkProfileService {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    public NetworkProfile current() {
        NetworkProfile profile = em.find(NetworkProfile.class, NetworkProfile.ID);
        if (profile == null) {
            // The first migration creates the row; its absence means the database was tampered with.
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "platform.network.missing");
        }
        return profile;
    }
}

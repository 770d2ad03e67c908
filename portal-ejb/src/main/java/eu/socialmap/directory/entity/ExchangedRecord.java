package eu.socialmap.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;

import java.util.UUID;

/**
 * A record the network exchanges in Open Referral (organisations, places, services): its public HSDS id (V10, V12)
 * is a random UUID made here, not by the database's UUID() (version 1: the server's MAC address and the time). An
 * HSDS import may give the row the package's id instead.
 */
@MappedSuperclass
public abstract class ExchangedRecord implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "hsds_id", nullable = false, updatable = false, length = 36)
    private String hsdsId;

    @PrePersist
    void newHsdsId() {
        if (hsdsId == null) {
            hsdsId = UUID.randomUUID().toString();
        }
    }
}

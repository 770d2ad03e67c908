package eu.socialmap.immersion.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wakes every hour and has {@link ImmersionBookings} end the requests whose first day came before anyone concluded
 * them, so that an unanswered request never keeps a host's place. Only a wake-up: not persistent, one per node;
 * each booking is locked and checked again, so two nodes never end one twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ImmersionExpiryTimer {

    static final int BATCH = 50;

    private static final Logger LOG = Logger.getLogger(ImmersionExpiryTimer.class.getName());

    @Inject
    ImmersionBookings bookings;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(minute = "5", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void expire() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int round = 0; round < 20 && bookings.expireUnconcluded(BATCH) == BATCH; round++) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unconcluded immersions could not be ended; next try in an hour", e);
        } finally {
            running.set(false);
        }
    }
}

package eu.socialmap.event.boundary;

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
 * Wakes every minute and has {@link EventRegistrations} expire the promotions not taken up and the addresses not
 * confirmed in time, a batch per transaction; each freed seat goes to the next person waiting. Only a wake-up: not
 * persistent, one per node, and every expiry is re-checked under its event's lock, so two nodes never do one twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RegistrationExpiryTimer {

    static final int BATCH = 50;

    private static final Logger LOG = Logger.getLogger(RegistrationExpiryTimer.class.getName());

    @Inject
    EventRegistrations registrations;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void expire() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous run is still busy
        }
        try {
            for (int round = 0; round < 20 && registrations.expireDue(BATCH) == BATCH; round++) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Expired registrations could not be handled; next try in a minute", e);
        } finally {
            running.set(false);
        }
    }
}

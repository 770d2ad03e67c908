package eu.socialmap.workinggroup.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wakes every minute and has {@link MeetingReminders} send the due reminders, a batch per transaction. Only a
 * wake-up: the timer is not persistent, every node runs its own, and the database decides who reminds whom.
 * It starts after the schema migration, like the search's catch-up: the first run must find {@code meeting}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MeetingReminderTimer {

    private static final Logger LOG = Logger.getLogger(MeetingReminderTimer.class.getName());

    @Inject
    MeetingReminders reminders;

    Clock clock = Clock.systemUTC();

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void remind() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous run is still busy
        }
        try {
            while (reminders.sendDue(clock.instant()) == MeetingReminders.BATCH_SIZE) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Meeting reminders could not be sent; next try in a minute", e);
        } finally {
            running.set(false);
        }
    }
}

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
 * Wakes every quarter of an hour and has {@link EventFeedbacks} send the survey of the events that have ended, one
 * event per transaction (an event's mails are at most its capacity). Only a wake-up: not persistent, one per node;
 * each event is claimed by a conditional update of its row, so two nodes never send one twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FeedbackTimer {

    static final int EVENTS_PER_TRANSACTION = 1;
    static final int MAX_ROUNDS = 20;

    private static final Logger LOG = Logger.getLogger(FeedbackTimer.class.getName());

    @Inject
    EventFeedbacks feedbacks;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void send() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous run is still busy
        }
        try {
            for (int round = 0; round < MAX_ROUNDS && feedbacks.sendDue(EVENTS_PER_TRANSACTION) == EVENTS_PER_TRANSACTION; round++) {
                // an event was sent: there may be more
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The surveys of ended events could not be sent; next try in a quarter of an hour", e);
        } finally {
            running.set(false);
        }
    }
}

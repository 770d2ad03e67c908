package eu.socialmap.platform.control;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.function.Consumer;

/** Work that follows a transaction's outcome, such as files written beside the rows that name them. */
public final class TransactionEnd {

    private TransactionEnd() {
    }

    /**
     * Runs {@code onEnd} once the current transaction has ended, with whether it committed. Outside a container
     * (services wired by hand in tests, {@code transactions} null) there is no JTA transaction to wait for: it runs
     * at once, as if committed.
     */
    public static void afterCompletion(TransactionSynchronizationRegistry transactions, Consumer<Boolean> onEnd) {
        if (transactions == null) {
            onEnd.accept(true);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before: files follow the outcome
            }

            @Override
            public void afterCompletion(int status) {
                onEnd.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }
}

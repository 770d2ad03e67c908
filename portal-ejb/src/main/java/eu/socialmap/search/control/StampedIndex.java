package eu.socialmap.search.control;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A node's in-memory index, kept as long as a cheap stamp of what it was built from (read from the database before
 * each search) stays the same. A new stamp rebuilds it under a lock, once: searches meanwhile wait for it, and then
 * run on the index of the moment, never changed under them. Safe from any number of threads.
 *
 * @param <I> the index
 */
public final class StampedIndex<I> {

    private final ReentrantLock rebuilding = new ReentrantLock();
    private volatile Snapshot<I> snapshot;

    private record Snapshot<I>(String stamp, I index) {
    }

    /**
     * The index for this stamp: the one kept, or a new one built. The stamp is to be read before what the index is
     * built from: something changed meanwhile only causes one more rebuild, never a stale index.
     */
    public I current(String stamp, Supplier<I> build) {
        Snapshot<I> known = snapshot;
        if (known != null && known.stamp().equals(stamp)) {
            return known.index();
        }
        rebuilding.lock();
        try {
            known = snapshot;
            if (known != null && known.stamp().equals(stamp)) {
                return known.index(); // another search rebuilt it meanwhile
            }
            I index = build.get();
            snapshot = new Snapshot<>(stamp, index);
            return index;
        } finally {
            rebuilding.unlock();
        }
    }

    /** A stamp query's one row as a stamp: its figures joined. */
    public static String stamp(Object[] row) {
        return Arrays.stream(row).map(String::valueOf).collect(Collectors.joining("|"));
    }
}

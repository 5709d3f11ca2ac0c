package org.snegov.store;

import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * One connection kept for the transactions of a bulk import (see {@link Store#openBulk()}). Not thread-safe.
 */
public final class BulkSession implements AutoCloseable {

    private final Handle handle;
    private final String description;

    BulkSession(Handle handle, String description) {
        this.handle = handle;
        this.description = description;
    }

    /** Runs {@code work} in one transaction on this session's connection: all of it is kept, or none. */
    public <T> T transaction(Function<Repositories, T> work) {
        try {
            return handle.inTransaction(h -> work.apply(new JdbiRepositories(h)));
        } catch (JdbiException e) {
            throw new StoreException("Could not write to " + description, e);
        }
    }

    @Override
    public void close() {
        try {
            // The bulk connection checkpoints rarely (Store.openBulk); what its log still holds is copied back now,
            // in the import's time, rather than by whichever connection writes next.
            handle.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (JdbiException e) {
            throw new StoreException("Could not write " + description + " back from its log", e);
        } finally {
            try {
                handle.close();
            } catch (JdbiException e) {
                throw new StoreException("Could not close " + description, e);
            }
        }
    }
}

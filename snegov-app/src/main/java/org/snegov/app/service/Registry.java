package org.snegov.app.service;

import java.nio.file.Path;
import org.snegov.search.PersonSearcher;
import org.snegov.store.Store;
import org.snegov.store.StoreException;

/**
 * An open registry: the store and the search index of one data directory. Thread-safe. Close it when done.
 *
 * <p>Layout of the data directory: {@code registry.db} (SQLite) and {@code index/} (Lucene).
 */
public final class Registry implements AutoCloseable {

    private final Path dataDir;
    private final Store store;
    private final PersonSearcher searcher;

    private Registry(Path dataDir, Store store, PersonSearcher searcher) {
        this.dataDir = dataDir;
        this.store = store;
        this.searcher = searcher;
    }

    /**
     * Opens the registry in {@code dataDir}, creating an empty one if there is none.
     *
     * @throws RegistryException {@link Failure#ENVIRONMENT} when the directory cannot be used
     */
    public static Registry open(Path dataDir) {
        try {
            Store store = Store.openSqlite(dataDir);
            PersonSearcher searcher = PersonSearcher.open(indexDir(dataDir));
            return new Registry(dataDir, store, searcher);
        } catch (StoreException | java.io.UncheckedIOException e) {
            throw new RegistryException(Failure.ENVIRONMENT, "Cannot open the registry in " + dataDir + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Opens the registry in {@code dataDir}, which must exist: commands that only read say so instead of making
     * an empty registry of a mistyped path.
     *
     * @throws RegistryException {@link Failure#NOT_FOUND} when there is no registry there
     */
    public static Registry openExisting(Path dataDir) {
        if (!java.nio.file.Files.isRegularFile(dataDir.resolve(org.snegov.store.Store.SQLITE_FILE))) {
            throw RegistryException.notFound("No registry in " + dataDir.toAbsolutePath()
                    + "; import something first (snegov import FILE, or snegov demo), or pass --db DIR");
        }
        return open(dataDir);
    }

    static Path indexDir(Path dataDir) {
        return dataDir.resolve("index");
    }

    public Path dataDir() {
        return dataDir;
    }

    Store store() {
        return store;
    }

    PersonSearcher searcher() {
        return searcher;
    }

    Path indexDir() {
        return indexDir(dataDir);
    }

    @Override
    public void close() {
        searcher.close();
        store.close();
    }
}

package org.snegov.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The registry's database: opens it, brings its schema up to date, and runs units of work against it.
 * Thread-safe; each unit of work gets its own connection.
 */
public final class Store implements AutoCloseable {

    /** The database file's name inside a data directory. */
    public static final String SQLITE_FILE = "registry.db";

    /** Pooled connections for units of work, so that a busy web registry does not open one per request. */
    private static final int POOL_SIZE = 16;

    private final Jdbi jdbi;
    private final Jdbi unpooled;
    private final HikariDataSource pool;
    private final String description;

    private Store(DataSource dataSource, String description) {
        this.description = description;
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .loggers("slf4j").load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("Could not bring the schema of " + description + " up to date", e);
        }
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("snegov-store");
        this.pool = new HikariDataSource(config);
        this.jdbi = Jdbi.create(pool);
        this.unpooled = Jdbi.create(dataSource);
    }

    /**
     * Opens (creating if needed) the SQLite registry in {@code dataDir}, migrating its schema.
     *
     * @throws StoreException when the directory cannot be created or the database cannot be opened
     */
    public static Store openSqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("Could not create the data directory " + dataDir, e);
        }
        Path file = dataDir.resolve(SQLITE_FILE);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(30_000);
        config.enforceForeignKeys(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return new Store(ds, file.toString());
    }

    /** Runs {@code work} in one transaction: everything it wrote is kept, or nothing is. */
    public <T> T transaction(Function<Repositories, T> work) {
        try {
            return jdbi.inTransaction(handle -> work.apply(new JdbiRepositories(handle)));
        } catch (JdbiException e) {
            throw new StoreException("Could not write to " + description, e);
        }
    }

    /**
     * Opens one connection for a bulk import, kept across its transactions so its page cache stays warm: foreign
     * keys are not checked on it (the importer writes rows whose references it has just written), the page cache
     * is large, temporary data stays in memory, and the write-ahead log is copied back into the database every
     * 50,000 pages (about 200 MB) rather than every 1,000: a batch rewrites many of the index pages the previous
     * batch wrote, and each checkpoint copies a page once however often it was rewritten (a million-record import
     * took about 7 % less time). Committed batches are as safe as before: the log is part of the database.
     * Other connections are not affected. Close it when done; closing checkpoints what the log still holds.
     *
     * @throws StoreException when the database cannot be opened
     */
    public BulkSession openBulk() {
        try {
            // Its own connection, outside the pool: the pragmas below must not leak into pooled connections.
            org.jdbi.v3.core.Handle handle = unpooled.open();
            handle.execute("PRAGMA foreign_keys = OFF");
            handle.execute("PRAGMA cache_size = -262144");
            handle.execute("PRAGMA temp_store = MEMORY");
            handle.execute("PRAGMA wal_autocheckpoint = 50000");
            return new BulkSession(handle, description);
        } catch (JdbiException e) {
            throw new StoreException("Could not open " + description + " for a bulk import", e);
        }
    }

    /** Runs read-only {@code work} on one connection. */
    public <T> T read(Function<Repositories, T> work) {
        try {
            return jdbi.withHandle(handle -> work.apply(new JdbiRepositories(handle)));
        } catch (JdbiException e) {
            throw new StoreException("Could not read from " + description, e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "Store[" + description + "]";
    }
}

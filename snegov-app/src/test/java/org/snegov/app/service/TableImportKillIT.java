package org.snegov.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed with SIGKILL midway (a child JVM, {@code Process.destroyForcibly}) resumes on the re-run
 * without duplicates or loss, and a third run is a no-op.
 */
class TableImportKillIT {

    @TempDir
    Path dir;

    @Test
    void aKilledImportResumesWithoutDuplicatesOrLoss() throws Exception {
        Path csv = dir.resolve("big.csv");
        long rows = new GenerateService().generate(30_000, 5, csv, dir.resolve("truth.csv"), null);
        Path data = dir.resolve("data");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.snegov.app.cli.SnegovCli", "import", "--db", data.toString(), "--reader", "table", csv.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long committed = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (child.isAlive() && System.nanoTime() < deadline) {
            committed = scalar(data, "SELECT next_row FROM imports");
            if (committed >= 2L * TableImportService.BATCH) break;
            Thread.sleep(50);
        }
        assertThat(child.isAlive()).as("the child is still importing when killed; log: %s",
                Files.exists(dir.resolve("child.log")) ? Files.readString(dir.resolve("child.log")) : "").isTrue();
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long storedAtKill = scalar(data, "SELECT COUNT(*) FROM records");
        long checkpoint = scalar(data, "SELECT next_row FROM imports");
        System.out.printf("kill: child SIGKILLed with %d of %d rows committed (checkpoint %d)%n", storedAtKill, rows, checkpoint);
        assertThat(storedAtKill).isEqualTo(checkpoint).isLessThan(rows);

        TableImportOutcome rerun;
        try (Registry registry = Registry.open(data)) {
            rerun = new TableImportService(registry, Clock.systemUTC()).importFile(csv, Readers.TABLE, null, t -> { });
        }
        long records = scalar(data, "SELECT COUNT(*) FROM records");
        long distinct = scalar(data, "SELECT COUNT(DISTINCT id) FROM records");
        long persons = scalar(data, "SELECT COUNT(*) FROM persons");
        long links = scalar(data, "SELECT COUNT(*) FROM person_records");
        long sources = scalar(data, "SELECT COUNT(*) FROM sources");
        boolean inStep;
        try (Registry registry = Registry.open(data)) {
            inStep = new ImportService(registry, Clock.systemUTC()).indexInStep();
        }
        System.out.printf("re-run: resumed at row %d; records=%d distinct=%d persons=%d person_records=%d sources=%d "
                + "rows in file=%d index in step=%s%n", rerun.resumedFrom(), records, distinct, persons, links, sources, rows, inStep);
        assertThat(rerun.resumedFrom()).isEqualTo((int) checkpoint);
        assertThat(List.of(records, distinct, persons, links)).containsOnly(rows);
        assertThat(sources).isEqualTo(1);
        assertThat(inStep).isTrue();

        try (Registry registry = Registry.open(data)) {
            TableImportOutcome again = new TableImportService(registry, Clock.systemUTC()).importFile(csv, Readers.TABLE, null, t -> { });
            assertThat(again.alreadyStored()).isTrue();
        }
        assertThat(scalar(data, "SELECT COUNT(*) FROM records")).isEqualTo(rows);
    }

    private static long scalar(Path data, String sql) {
        Path db = data.resolve("registry.db");
        if (!Files.exists(db)) return 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0; // not migrated yet, or busy: ask again
        }
    }
}

package org.snegov.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark command runs and prints its figures; the figures themselves are not asserted (not a timed test). */
class BenchExtractionCommandTest {

    @TempDir
    Path tmp;

    @Test
    void printsThroughputAndStartUpForAFolderOfBiographies() throws IOException {
        Files.copy(Path.of("../samples/alexei-snegov.txt"), tmp.resolve("alexei-snegov.txt"));

        CliRun run = CliRun.of("bench", "extraction", "--bios", tmp.toString(), "--seconds", "0.05");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 biographies in").containsPattern("start-up .*: [0-9.]+ s")
                .containsPattern("throughput: [0-9]+ biographies/s on one thread")
                .containsPattern("one core: [0-9]+ biographies per CPU-second");
    }

    @Test
    void refusesAFolderThatDoesNotExist() {
        CliRun run = CliRun.of("bench", "extraction", "--bios", tmp.resolve("nope").toString(), "--seconds", "0.05");

        assertThat(run.code()).isEqualTo(66);
        assertThat(run.err()).contains("No such folder");
    }
}

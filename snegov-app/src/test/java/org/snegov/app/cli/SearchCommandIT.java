package org.snegov.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snegov.app.Samples;

class SearchCommandIT {

    @TempDir
    Path tmp;

    @Test
    void printsTheReasonsOfEachMatchWithWhy() {
        String db = tmp.resolve("data").toString();
        assertThat(CliRun.of("import", "--db", db, Samples.founding().toString()).code()).isZero();

        CliRun run = CliRun.of("search", "--db", db, "--why", "Sniegow", "born:1898", "place:Kyiv");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Polish transliteration").contains("# Event:");
        assertThat(run.out().lines().filter(l -> !l.startsWith("\t") && !l.startsWith("#"))).hasSize(1);
    }
}

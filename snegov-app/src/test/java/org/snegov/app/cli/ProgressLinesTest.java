package org.snegov.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLinesTest {

    @Test
    void printsTheFirstReportAndTheLastButNotEveryOneBetween() {
        StringWriter text = new StringWriter();
        ProgressLines lines = new ProgressLines(new PrintWriter(text));

        for (int done = 1; done <= 1_000; done++) {
            lines.report("reindex", done / 1_000.0, done, "persons");
        }

        String[] printed = text.toString().split("\\R");
        assertThat(printed.length).isBetween(2, 10);
        assertThat(printed[0]).startsWith("reindex: 0%, 1 persons, ");
        assertThat(printed[printed.length - 1]).startsWith("reindex: 100%, 1000 persons, ").endsWith("ETA 0 s");
    }
}

package org.snegov.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snegov.app.Samples;

class LinkCliIT {

    @TempDir
    Path tmp;

    private Path personCsv() throws Exception {
        StringBuilder b = new StringBuilder("record_id,source,surname,given_name,patronymic,birth_date,birth_place\n");
        b.append("a1,list-a,Снегов,Алексей,Владимирович,1898,Киев\n");
        b.append("b1,list-b,Snegov,Aleksei,V.,1898-03,Kiev\n");
        b.append("c1,list-c,Петров,Иван,Иванович,1901,Тула\n");
        Path file = tmp.resolve("persons.csv");
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void linkWritesRecordIdAndClusterIdAndReportsCandidatePairs() throws Exception {
        Path out = tmp.resolve("clusters.csv");

        CliRun run = CliRun.of("link", "--input", personCsv().toString(), "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("candidate pairs").contains("block surname:folded + birth_date:year");
        assertThat(Files.readAllLines(out)).containsExactly("record_id,cluster_id", "a1,a1", "b1,a1", "c1,c1");
    }

    @Test
    void evalLinkagePrintsPairwiseAndBcubedScores() throws Exception {
        Path pred = tmp.resolve("pred.csv");
        Files.writeString(pred, "record_id,cluster_id\nrec-1-org,x\nrec-1-dup-0,x\nrec-2-org,y\n");
        Path truth = tmp.resolve("truth.tsv");
        Files.writeString(truth, "id\tentity\nrec-1-org\t1\nrec-1-dup-0\t1\nrec-2-org\t2\n");

        CliRun byPattern = CliRun.of("eval", "linkage", "--pred", pred.toString(), "--truth-id-pattern", "rec-(\\d+)");
        CliRun byFile = CliRun.of("eval", "linkage", "--pred", pred.toString(), "--truth", truth.toString(),
                "--truth-id-column", "id", "--truth-column", "entity");

        assertThat(byPattern.code()).as(byPattern.err()).isZero();
        assertThat(byPattern.out()).contains("pairwise  precision 1.0000  recall 1.0000  F1 1.0000")
                .contains("b-cubed");
        assertThat(byFile.out()).isEqualTo(byPattern.out());
    }

    @Test
    void explainShowsEachFieldsLevelAndTheTotal() throws Exception {
        CliRun run = CliRun.of("explain", "--input", personCsv().toString(), "a1", "b1");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("transliterated").contains("initial").contains("total weight");
    }

    @Test
    void anUnknownRecordIsNotFound() throws Exception {
        CliRun run = CliRun.of("explain", "--input", personCsv().toString(), "a1", "zz");

        assertThat(run.code()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(run.err()).contains("No record 'zz'");
    }

    @Test
    void relinkMergesTwoRecordsOfOnePersonAndTheOldIdRedirects() throws Exception {
        String db = tmp.resolve("data").toString();
        Path copy = tmp.resolve("snegov-copy.txt");
        Files.writeString(copy, Files.readString(Samples.founding()).replace("1898", "1899"));
        CliRun.of("import", "--db", db, Samples.founding().toString());
        CliRun.of("import", "--db", db, copy.toString());
        assertThat(CliRun.of("search", "--db", db, "Snegov").out().lines()).hasSize(2);

        CliRun relink = CliRun.of("relink", "--db", db);
        CliRun again = CliRun.of("relink", "--db", db);

        assertThat(relink.code()).as(relink.err()).isZero();
        assertThat(relink.out()).contains("persons 2 -> 1").contains("ids redirected 1");
        assertThat(CliRun.of("search", "--db", db, "Snegov").out().lines()).hasSize(1);
        assertThat(again.out()).contains("re-linked 0").contains("persons changed 0");
    }

    @Test
    void aDifferentDecisionSplitsAndTheLargerPartKeepsTheOlderId() throws Exception {
        String db = tmp.resolve("data").toString();
        Path copy = tmp.resolve("snegov-copy.txt");
        Files.writeString(copy, Files.readString(Samples.founding()).replace("1898", "1899"));
        CliRun.of("import", "--db", db, Samples.founding().toString());
        CliRun.of("import", "--db", db, copy.toString());
        CliRun.of("relink", "--db", db);
        String merged = CliRun.of("search", "--db", db, "Snegov").out().lines().findFirst().orElseThrow().split("\t")[0];
        CliRun explain = CliRun.of("review", "--db", db);
        assertThat(explain.code()).isZero();
        java.util.List<String> ids = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"record_id\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(CliRun.of("show", "--db", db, "--format", "json", merged).out());
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).hasSize(2);

        CliRun decided = CliRun.of("review", "different", "--db", db, ids.get(0), ids.get(1));
        CliRun relink = CliRun.of("relink", "--db", db);

        assertThat(decided.code()).as(decided.err()).isZero();
        assertThat(relink.out()).contains("persons 1 -> 2");
        assertThat(CliRun.of("search", "--db", db, "Snegov").out()).contains(merged);
        assertThat(CliRun.of("explain", "--db", db, ids.get(0), ids.get(1)).out()).contains("total weight");
    }
}

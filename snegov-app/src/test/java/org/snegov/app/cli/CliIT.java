package org.snegov.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snegov.app.Samples;

class CliIT {

    @TempDir
    Path tmp;

    private String db;

    @BeforeEach
    void setUp() {
        db = tmp.resolve("data").toString();
    }

    private String importedPersonId() {
        CliRun imported = CliRun.of("import", "--db", db, Samples.founding().toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        CliRun found = CliRun.of("search", "--db", db, "Snegov");
        return found.out().lines().findFirst().orElseThrow().split("\t")[0];
    }

    @Test
    void importsTheFoundingBiographyAndSaysSo() {
        CliRun run = CliRun.of("import", "--db", db, Samples.founding().toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("alexei-snegov.txt: imported 1 record(s)");
    }

    @Test
    void reimportingTheSameFileIsANoOpThatSaysSo() {
        CliRun.of("import", "--db", db, Samples.founding().toString());
        CliRun again = CliRun.of("import", "--db", db, Samples.founding().toString());

        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("already stored").contains("nothing to do");
        assertThat(CliRun.of("search", "--db", db, "Snegov").out().lines()).hasSize(1);
    }

    @Test
    void findsTheSubjectInCyrillicAndInLatin() {
        String id = importedPersonId();

        for (String query : new String[] {"Снегов", "Snegov", "snegov", "СНЕГОВ"}) {
            CliRun run = CliRun.of("search", "--db", db, query);
            assertThat(run.code()).isZero();
            assertThat(run.out().lines()).as(query).singleElement().satisfies(line -> {
                String[] cols = line.split("\t", -1);
                assertThat(cols[0]).isEqualTo(id);
                assertThat(cols[1]).contains("Alexei Snegov");
                assertThat(cols[2]).isEqualTo("1898");
                assertThat(cols[3]).startsWith("Kiev");
            });
        }
    }

    @Test
    void showsAPersonWithTimelineAndSources() {
        String id = importedPersonId();
        CliRun run = CliRun.of("show", "--db", db, id);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Alexei Snegov", "Алексей Владимирович Снегов", "born: 1898, Kiev",
                "1939-01-04", "arrest", "alexei-snegov.txt");
    }

    @Test
    void printsExtractionAsOneJsonObjectPerBiography() throws Exception {
        CliRun run = CliRun.of("extract", "--format", "json", Samples.founding().toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("name").asText()).isEqualTo("Alexei Snegov");
        String text = Files.readString(Samples.founding(), StandardCharsets.UTF_8);
        for (JsonNode event : json.get("events")) {
            JsonNode ev = event.get("evidence");
            assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
        }
    }

    @Test
    void reportsAMissingFileInOneLineWithExitCode66() {
        CliRun run = CliRun.of("import", "--db", db, tmp.resolve("nope.txt").toString());

        assertThat(run.code()).isEqualTo(66);
        assertThat(run.err().strip()).startsWith("snegov: No such file").doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void refusesAFileThatIsNotABiographyWithExitCode65AndStoresNothing() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "Shopping list\nIvanov: bread, milk\n");

        CliRun run = CliRun.of("import", "--db", db, notes.toString());

        assertThat(run.code()).isEqualTo(65);
        assertThat(run.err().strip()).contains("not a biography").doesNotContain("Exception").hasLineCount(1);
        assertThat(CliRun.of("extract", notes.toString()).code()).isEqualTo(65);
        assertThat(CliRun.of("search", "--db", db, "Ivanov").out()).isEmpty();
    }

    @Test
    void tellsAListFromABiographyByItsContent() throws Exception {
        Path csv = Files.writeString(tmp.resolve("list.csv"), "surname,given_name\nIvanov,Ivan\n");

        CliRun run = CliRun.of("import", "--db", db, csv.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(CliRun.of("search", "--db", db, "Ivanov").out()).contains("Ivanov");
        assertThat(CliRun.of("import", "--db", db, "--reader", "biography", csv.toString()).code()).isZero();
    }

    @Test
    void saysSoWhenThereIsNoRegistryInsteadOfMakingAnEmptyOne() {
        CliRun run = CliRun.of("search", "--db", tmp.resolve("typo").toString(), "Snegov");

        assertThat(run.code()).isEqualTo(66);
        assertThat(run.err()).contains("No registry in", "snegov import FILE");
        assertThat(Files.exists(tmp.resolve("typo"))).isFalse();
    }

    @Test
    void reportsAnUnknownPersonWithExitCode66() {
        importedPersonId();
        CliRun run = CliRun.of("show", "--db", db, "p0123456789");

        assertThat(run.code()).isEqualTo(66);
        assertThat(run.err().strip()).isEqualTo("snegov: No person with id 'p0123456789'");
    }

    @Test
    void reportsAMalformedPersonIdAsNotFound() {
        importedPersonId();
        CliRun run = CliRun.of("show", "--db", db, "../../etc/passwd");

        assertThat(run.code()).isEqualTo(66);
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void reportsUsageErrorsWithExitCode64() {
        CliRun run = CliRun.of("import", "--no-such-option", "x.txt");

        assertThat(run.code()).isEqualTo(64);
        assertThat(run.err()).contains("Unknown option", "snegov import --help");
    }

    @Test
    void refusesAnUnknownReaderNamingTheKnownOnes() {
        CliRun run = CliRun.of("import", "--db", db, "--reader", "tarot", Samples.founding().toString());

        assertThat(run.code()).isEqualTo(78);
        assertThat(run.err()).contains("Unknown reader 'tarot'", "biography");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"demo", "import", "extract", "search", "show", "serve", "reindex", "eval"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.code()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: snegov " + command);
        }
    }

    @Test
    void scoresExtractionAgainstGoldFiles() throws Exception {
        Path bios = Files.createDirectories(tmp.resolve("bios"));
        Path gold = Files.createDirectories(tmp.resolve("gold"));
        Files.copy(Samples.founding(), bios.resolve("snegov.txt"));
        Files.writeString(gold.resolve("snegov.json"), """
                {"name": "Alexei Snegov", "birth": {"date": "1898", "place": "Kyiv"},
                 "death": {"date": "1989-09-18", "place": "Moscow"},
                 "events": [{"type": "arrest", "date": "1937-06", "place": null, "evidence": "Snegov was arrested in June 1937"},
                            {"type": "arrest", "date": "1940", "place": null, "evidence": "Born in Kiev in 1898"}],
                 "people": ["Nikolai Yezhov", "Nobody Atall"]}
                """, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("eval", "extraction", "--bios", bios.toString(), "--gold", gold.toString(), "--verbose");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 biographies").contains("birth 1.000  death 1.000  people recall 0.500 (1/2)")
                .containsPattern("arrest +[0-9.]+ +0\\.500 ")
                .contains("MISSED arrest 1940");
    }

    @Test
    void refusesAGoldFolderThatDoesNotExist() {
        CliRun run = CliRun.of("eval", "extraction", "--bios", tmp.toString(), "--gold", tmp.resolve("nope").toString());

        assertThat(run.code()).isEqualTo(66);
        assertThat(run.err()).contains("No such folder");
    }

    @Test
    void rebuildsTheIndexFromTheStore() {
        String id = importedPersonId();

        CliRun run = CliRun.of("reindex", "--db", db);

        assertThat(run.out()).contains("Indexed 1 person(s).");
        assertThat(CliRun.of("search", "--db", db, "Снегов").out()).startsWith(id);
    }
}

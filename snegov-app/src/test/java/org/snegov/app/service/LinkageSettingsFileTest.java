package org.snegov.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snegov.link.FieldKind;

class LinkageSettingsFileTest {

    @TempDir
    Path tmp;

    private static LinkageSettingsFile parse(String json) throws Exception {
        return LinkageSettingsFile.parse(new ObjectMapper().readTree(json));
    }

    @Test
    void readsFieldsColumnsAndBlockingRules() throws Exception {
        LinkageSettingsFile s = parse("""
                {"id": "#row", "delimiter": "\\t", "missing": ["NA"],
                 "fields": [{"name": "born", "kind": "date", "columns": ["by", "bm", "bd"]},
                            {"name": "surname", "kind": "name", "tf": true}],
                 "blocking": ["surname:skeleton + born:year"], "match_threshold": 0.95}""");

        assertThat(s.idColumn()).isEqualTo("#row");
        assertThat(s.delimiter()).isEqualTo('\t');
        assertThat(s.fieldColumns()).containsExactly(java.util.List.of("by", "bm", "bd"), java.util.List.of("surname"));
        assertThat(s.link().fields().get(0).kind()).isEqualTo(FieldKind.DATE);
        assertThat(s.link().blocking().get(0).toString()).isEqualTo("surname:skeleton + born:year");
        assertThat(s.link().matchThreshold()).isEqualTo(0.95);
    }

    @Test
    void rejectsAnUnknownKeyByName() {
        assertThatThrownBy(() -> parse("""
                {"fields": [{"name": "a", "kind": "name"}], "blocking": ["a"], "treshold": 0.9}"""))
                .hasMessageContaining("unknown key 'treshold'");
    }

    @Test
    void rejectsABlockingRuleOnAnUnknownField() {
        assertThatThrownBy(() -> parse("""
                {"fields": [{"name": "a", "kind": "name"}], "blocking": ["b:exact"]}"""))
                .hasMessageContaining("Unknown field 'b'");
    }

    @Test
    void everyShippedBenchSettingsFileReads() throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("bench/linkage"))) {
            dir = dir.getParent();
        }
        try (Stream<Path> files = Files.list(dir.resolve("bench/linkage"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                assertThat(LinkageSettingsFile.read(f).link().fields()).as(f.toString()).isNotEmpty();
            }
        }
    }

    @Test
    void randomCsvNeverThrowsAndKeepsBadRowsAsIssues() throws Exception {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder("a,b,c\n");
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                String alphabet = "ab,\"\n\r é";
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Path file = tmp.resolve("r" + round + ".csv");
            Files.writeString(file, b.toString());
            CsvTable table = CsvTable.read(file, ',', java.util.List.of(), true);
            assertThat(table.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(3));
            assertThat(table.header()).containsExactly("a", "b", "c");
        }
    }
}

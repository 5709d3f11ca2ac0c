package org.snegov.read.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snegov.model.Source;

class TableScannerTest {

    private static List<TableRow> rows(byte[] bytes, String name) {
        TableFormat f = TableFormat.detect(bytes, name, null, null);
        List<TableRow> out = new ArrayList<>();
        try (TableScanner s = TableScanner.open(new ByteArrayInputStream(bytes), f, name)) {
            s.forEachRemaining(out::add);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            comma    | a.csv   | UTF-8        | false
            tab      | a.tsv   | UTF-8        | false
            semicolon| a.csv   | UTF-8        | true
            cp1251   | a.csv   | windows-1251 | false
            """)
    void everyFieldSpanIsTheTextAsWrittenInTheDecodedFile(String delimiterName, String name, String charset, boolean bom) {
        String d = switch (delimiterName) { case "tab" -> "\t"; case "semicolon" -> ";"; default -> ","; };
        String text = (bom ? "\uFEFF" : "") + String.join(d, "record_id", "surname", "given_name") + "\r\n"
                + String.join(d, "r1", "\"Пробный, мл.\"", "Иван") + "\r\n\r\n"
                + String.join(d, "r2", "\"Тестов \"\"Старший\"\"\"", "Петр") + "\n";
        byte[] bytes = text.getBytes(Charset.forName(charset));
        List<TableRow> rows = rows(bytes, name);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values()).containsExactly("r1", "Пробный, мл.", "Иван");
        assertThat(rows.get(1).value(1)).isEqualTo("Тестов \"Старший\"");
        assertThat(rows.get(1).line()).isEqualTo(4);
        for (TableRow r : rows) {
            for (FieldSpan s : r.spans()) {
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.written());
            }
        }
    }

    @Test
    void readsJsonLinesWithSpans() {
        String text = "{\"surname\": \"Пробный\", \"given_name\": \"Иван\", \"birth_date\": 1901}\nnot json\n{\"surname\": \"Тестов\"}\n";
        List<TableRow> rows = rows(text.getBytes(StandardCharsets.UTF_8), "a.jsonl");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values()).containsExactly("Пробный", "Иван", "1901");
        FieldSpan s = rows.get(1).spans().get(0);
        assertThat(text.substring(s.start(), s.end())).isEqualTo("Тестов");
    }

    @Test
    void readsPersonCsvWithNoMappingAndKeepsABadDateAsAnIssue() {
        String text = "record_id,source,surname,given_name,patronymic,birth_date,birth_place\n"
                + "r1,list,Пробный,Иван,Тестович,1899,г. Москва\nr2,list,Тестов,Петр,,12.13.1937,\nr3,list,,,,1900,\n";
        Source source = Source.of("p.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8), java.time.Instant.EPOCH);
        var result = new TabularSourceReader(PersonRowReader.with(ColumnMapping.personCsv())).read(source);
        assertThat(result.records()).hasSize(2);
        assertThat(result.records().get(0).birth().date().iso()).isEqualTo("1899");
        assertThat(result.records().get(0).primaryName().evidence().text()).isEqualTo("Пробный");
        assertThat(result.issues()).extracting(Object::toString).containsExactly(
                "p.csv:3:6: unreadable birth date; expected yyyy, yyyy-MM, yyyy-MM-dd or dd.MM.yyyy: '12.13.1937'",
                "p.csv:4:3: row has no name; not imported: 'r3|list||||1900|'");
    }

    @Test
    void aMappedColumnThatIsMissingFailsNamingItAndTheColumnsThere() {
        ColumnMapping m = ColumnMapping.parse("surname=Фамилия", ColumnMapping.personCsv());
        assertThatThrownBy(() -> m.resolve(List.of("Имя", "Год"), List.of(), "list.csv"))
                .hasMessage("Column 'Фамилия' (for surname) is not in list.csv; its columns are: Имя, Год");
    }

    @Test
    void randomInputNeverThrowsAndEverySpanIndexesTheDecodedText() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "ab,;\t\"\r\n {}:Ёж1";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder("a,b,c\n");
            int len = random.nextInt(120);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            TableFormat f = new TableFormat(TableFormat.Kind.DELIMITED, ',', StandardCharsets.UTF_8, false);
            try (TableScanner s = TableScanner.open(new ByteArrayInputStream(bytes), f, "r.csv")) {
                while (s.hasNext()) {
                    TableRow r = s.next();
                    assertThat(r.values()).isNotEmpty();
                    for (FieldSpan span : r.spans()) {
                        assertThat(span.end()).isLessThanOrEqualTo(text.length());
                        assertThat(text.substring(span.start(), span.end())).isEqualTo(span.written());
                    }
                }
                s.takeIssues().forEach(issue -> assertThat(issue.file()).isEqualTo("r.csv"));
            }
        }
    }
}

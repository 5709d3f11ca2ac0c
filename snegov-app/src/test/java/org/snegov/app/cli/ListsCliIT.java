package org.snegov.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list commands end to end: generate, import with a mapping, extract Memorial records, exit codes. */
class ListsCliIT {

    @TempDir
    Path dir;

    @Test
    void extractPrintsOneMemorialObjectPerRowWithItsRow() throws Exception {
        Path csv = dir.resolve("memo.csv");
        Files.writeString(csv, "ADDRESS,NAME,BIO\nx,Пробный Иван Тестович,\"род. 5.11.1893, в с.Тестово Пробного уезда Тверской губ., "
                + "русский, член ВКП(б) с 1920, бухгалтер. Адрес: ул. Пробная, д.1. Рассстрелян 9.12.1937. Место захоронения: Бутово.\"\n"
                + "y,Тестова Анна Ивановна,\"род. 1901, г. Тестов, русская, б/п, швея. Адрес: ул. Тестовая, 3-4. Рассстреляна "
                + "10.08.1938. Место захоронения: Бутово.\"\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("extract", "--format", "json", "--reader", "memorial", csv.toString());
        assertThat(run.code()).isZero();
        var lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("row").asInt()).isZero();
        assertThat(first.at("/birth/place").asText()).isEqualTo("с.Тестово Пробного уезда Тверской губ.");
        assertThat(first.at("/birth/date").asText()).isEqualTo("1893-11-05");
        assertThat(first.at("/party/since").asInt()).isEqualTo(1920);
        assertThat(first.at("/events/0/date").asText()).isEqualTo("1937-12-09");
        assertThat(new ObjectMapper().readTree(lines.get(1)).get("row").asInt()).isEqualTo(1);
    }

    @Test
    void generateThenImportATabSeparatedCopyWithAMappingFileAndReimportIsANoOp() throws Exception {
        Path csv = dir.resolve("gen.csv");
        CliRun gen = CliRun.of("generate", "--persons", "50", "--seed", "2", "--out", csv.toString(), "--truth",
                dir.resolve("truth.csv").toString());
        assertThat(gen.code()).isZero();
        Path tsv = dir.resolve("gen.tsv");
        StringBuilder sb = new StringBuilder("Фамилия\tИмя\tГод\n");
        Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",", -1))
                .forEach(p -> sb.append(p[2]).append('\t').append(p[3]).append('\t').append(p[5]).append('\n'));
        Files.writeString(tsv, sb, StandardCharsets.UTF_8);
        Path mapping = dir.resolve("mapping.txt");
        Files.writeString(mapping, "# columns of gen.tsv\nsurname=Фамилия\ngiven_name=Имя\nbirth_date=Год\n", StandardCharsets.UTF_8);
        Path data = dir.resolve("data");
        CliRun first = CliRun.of("import", "--db", data.toString(), "--reader", "table", "--columns-file", mapping.toString(), tsv.toString());
        assertThat(first.code()).as(first.err()).isZero();
        long rows = Files.readAllLines(csv).size() - 1;
        assertThat(first.out()).contains("imported " + rows + " rows: " + rows + " record(s), 0 issue(s)");
        CliRun again = CliRun.of("import", "--db", data.toString(), "--reader", "table", "--columns-file", mapping.toString(), tsv.toString());
        assertThat(again.out()).contains("already stored");
    }

    @Test
    void showPrintsTheDetailsAMemorialRecordStatesWithTheirCharacters() throws Exception {
        Path csv = dir.resolve("book.csv");
        Files.writeString(csv, "NAME,BIO\nПробов Петр Тестович,\"Родился в 1899 г., г. Пробск; поляк; б/п; токарь. "
                + "Проживал: г. Тестов. Арестован 4 января 1938 г. Приговорен: тройка при УНКВД 1 февраля 1938 г., "
                + "обв.: шпионаж. Расстрелян 10 августа 1938 г. Место захоронения - Бутово.\"\n", StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();
        assertThat(CliRun.of("import", "--db", data, "--reader", "memorial", csv.toString()).code()).isZero();
        String id = CliRun.of("search", "--db", data, "Пробов").out().lines().findFirst().orElseThrow().split("\t")[0];
        CliRun show = CliRun.of("show", "--db", data, id);
        assertThat(show.code()).isZero();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(show.out()).contains("Details:", "nationality:", "поляк", "sentencing body:", "тройка при УНКВД",
                "charge:", "обв.: шпионаж", "burial place:", "Бутово");
        // The characters cited are those of the stored source, as the timeline's are.
        int start = text.indexOf("Бутово");
        assertThat(show.out()).contains("Бутово  (book.csv, characters " + start + "-" + (start + "Бутово".length()) + ")");
    }

    @Test
    void aWrongMappingExitsWithABadSettingNamingTheColumns() throws Exception {
        Path csv = dir.resolve("list.csv");
        Files.writeString(csv, "Фамилия,Имя\nПробный,Иван\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import", "--db", dir.resolve("data").toString(), "--reader", "table", "--columns",
                "surname=Surname", csv.toString());
        assertThat(run.code()).isEqualTo(78);
        assertThat(run.err()).contains("Column 'Surname' (for surname) is not in").contains("its columns are: Фамилия, Имя");
    }
}

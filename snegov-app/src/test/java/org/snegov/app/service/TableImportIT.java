package org.snegov.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableImportIT {

    @TempDir
    Path dir;

    @Test
    void importsGoodRowsWritesBadOnesToARejectsReportAndIsANoOpTheSecondTime() throws Exception {
        Path csv = dir.resolve("list.csv");
        Files.writeString(csv, "Фамилия;Имя;Год\nПробный;Иван;1899\n;;\nТестов;Петр;19xx\n", StandardCharsets.UTF_8);
        try (Registry registry = Registry.open(dir.resolve("data"))) {
            TableImportService service = new TableImportService(registry, Clock.systemUTC());
            TableImportOutcome o = service.importFile(csv, Readers.TABLE, "surname=Фамилия,given_name=Имя,birth_date=Год", t -> { });
            assertThat(o.records()).isEqualTo(2);
            assertThat(o.firstIssues()).extracting(Object::toString).containsExactly(
                    "list.csv:3:1: row has no name; not imported: '||'",
                    "list.csv:4:3: unreadable birth date; expected yyyy, yyyy-MM, yyyy-MM-dd or dd.MM.yyyy: '19xx'");
            assertThat(Files.readAllLines(Path.of(o.rejects()))).hasSize(3).first().isEqualTo("file,line,column,reason,raw");
            assertThat(service.importFile(csv, Readers.TABLE, "surname=Фамилия,given_name=Имя,birth_date=Год", t -> { })
                    .alreadyStored()).isTrue();
        }
    }

    @Test
    void aMissingMappedColumnFailsAtOnceAndStoresNothing() throws Exception {
        Path csv = dir.resolve("list.csv");
        Files.writeString(csv, "Фамилия,Имя\nПробный,Иван\n", StandardCharsets.UTF_8);
        try (Registry registry = Registry.open(dir.resolve("data"))) {
            assertThatThrownBy(() -> new TableImportService(registry, Clock.systemUTC())
                    .importFile(csv, Readers.TABLE, "surname=Фамилия,birth_date=Год рождения", t -> { }))
                    .isInstanceOf(RegistryException.class)
                    .hasMessageContaining("Column 'Год рождения' (for birth_date) is not in")
                    .hasMessageEndingWith("its columns are: Фамилия, Имя");
            long sources = registry.store().read(r -> r.counts().sources());
            assertThat(sources).isZero();
        }
    }

    @Test
    void importsMemorialRecordsWithTheirFacts() throws Exception {
        Path csv = dir.resolve("memo.csv");
        Files.writeString(csv, "NAME,BIO\nПробный Иван Тестович,\"род. 1899, Польша, г. Тестов, поляк, б/п, завод: токарь. "
                + "Адрес: ул. Пробная, д.1. Рассстрелян 10.08.1938. Место захоронения: Бутово.\"\n", StandardCharsets.UTF_8);
        try (Registry registry = Registry.open(dir.resolve("data"))) {
            TableImportOutcome o = new TableImportService(registry, Clock.systemUTC()).importFile(csv, Readers.MEMORIAL, null, t -> { });
            assertThat(o.records()).isEqualTo(1);
            String recordId = registry.store().read(r -> r.records().ofSource(o.sourceId()).get(0).id());
            var facts = registry.store().read(r -> r.imports().factsOf(recordId));
            assertThat(facts).extracting(f -> f.kind().code() + "=" + f.value()).containsExactly(
                    "nationality=поляк", "party=б/п", "occupation=завод: токарь", "address=ул. Пробная, д.1", "burial_place=Бутово");
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            facts.forEach(f -> assertThat(text.substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().text()));
        }
    }

    @Test
    void importsABooksOfMemoryRecordWithTheBodiesThatSentencedAndRehabilitated() throws Exception {
        Path csv = dir.resolve("book.csv");
        Files.writeString(csv, "NAME,BIO\nПробов Петр Тестович,\"Родился в 1899 г., г. Пробск; поляк; б/п; токарь. "
                + "Проживал: г. Тестов. Арестован 4 января 1938 г. Приговорен: тройка при УНКВД по Тестовской обл. "
                + "1 февраля 1938 г., обв.: шпионаж. Приговор: ВМН. Расстрелян 10 августа 1938 г. Место захоронения - "
                + "Бутово. Реабилитирован 12 мая 1957 г. ВКВС СССР\"\n", StandardCharsets.UTF_8);
        try (Registry registry = Registry.open(dir.resolve("data"))) {
            TableImportOutcome o = new TableImportService(registry, Clock.systemUTC()).importFile(csv, Readers.MEMORIAL, null, t -> { });
            assertThat(o.records()).isEqualTo(1);
            assertThat(o.issues()).isZero();
            String recordId = registry.store().read(r -> r.records().ofSource(o.sourceId()).get(0).id());
            var facts = registry.store().read(r -> r.imports().factsOf(recordId));
            assertThat(facts).extracting(f -> f.kind().code() + "=" + f.value()).containsExactly(
                    "sentencing_body=тройка при УНКВД по Тестовской обл.", "charge=обв.: шпионаж", "sentence_term=ВМН",
                    "rehabilitating_body=ВКВС СССР", "nationality=поляк", "party=б/п", "occupation=токарь",
                    "address=г. Тестов", "burial_place=Бутово");
        }
    }

    @Test
    void aRebuiltIndexHoldsEveryPersonOnceAndFindsThemAsBefore() throws Exception {
        Path csv = dir.resolve("many.csv");
        StringBuilder rows = new StringBuilder("surname,given_name,birth_date\n");
        String[] surnames = {"Пробный", "Тестов", "Выдуманный", "Образцов", "Примеров"};
        String[] given = {"Иван", "Петр", "Мария", "Анна"};
        for (int i = 0; i < 4_500; i++) {
            rows.append(surnames[i % 5]).append(',').append(given[i % 4]).append(',').append(1880 + i % 40).append('\n');
        }
        Files.writeString(csv, rows, StandardCharsets.UTF_8);
        try (Registry registry = Registry.open(dir.resolve("data"))) {
            new TableImportService(registry, Clock.systemUTC()).importFile(csv, Readers.TABLE, null, t -> { });
            SearchService search = new SearchService(registry);
            long before = registry.searcher().size();
            java.util.function.Function<String, Long> total = q -> search.search(q, 1, 10, false).total();
            String[] queries = {"Тестов Петр", "Примеров born:1884", "Anna Obraztsova"};
            java.util.List<Long> totals = java.util.Arrays.stream(queries).map(total).toList();
            java.util.List<int[]> ticks = new java.util.concurrent.CopyOnWriteArrayList<>();

            int indexed = new ImportService(registry, Clock.systemUTC()).reindex((done, of) -> ticks.add(new int[] {done, of}));

            assertThat(indexed).isEqualTo(4_500);
            assertThat(before).isEqualTo(4_500);
            assertThat(registry.searcher().size()).isEqualTo(4_500);
            assertThat(new ImportService(registry, Clock.systemUTC()).indexInStep()).isTrue();
            assertThat(ticks).extracting(t -> t[1]).containsOnly(4_500);
            assertThat(ticks).extracting(t -> t[0]).contains(4_500);
            assertThat(totals).allMatch(t -> t > 0);
            assertThat(java.util.Arrays.stream(queries).map(total).toList()).isEqualTo(totals);
        }
    }
}

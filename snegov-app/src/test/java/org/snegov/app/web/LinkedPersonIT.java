package org.snegov.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snegov.app.Samples;
import org.snegov.app.service.ImportService;
import org.snegov.app.service.Readers;
import org.snegov.app.service.Registry;
import org.snegov.app.service.RelinkService;
import org.snegov.app.service.TableImportService;
import org.snegov.model.Person;
import org.snegov.model.SourceRecord;

/** A person made of a biography and a list record: records, conflicts, facts and the redirect of a merged id. */
class LinkedPersonIT {

    @TempDir
    static Path tmp;

    private static Registry registry;
    private static WebServer server;
    private static String biographyPerson;
    private static String listPerson;

    @BeforeAll
    static void start() throws Exception {
        registry = Registry.open(tmp.resolve("data"));
        String bio = new ImportService(registry, Clock.systemUTC()).importFile(Samples.founding(), Readers.DEFAULT)
                .sourceId();
        // Two list records of the same man, one with a birthplace the biography words differently.
        Path list = Files.writeString(tmp.resolve("list.csv"), """
                record_id,source,surname,given_name,patronymic,birth_date,birth_place
                a1,card,Snegov,Alexei,Vladimirovich,1898,Kyiv
                a2,card,Testov,Ivan,Petrovich,1901,Tver
                a3,card,Testov,Ivan,Petrovich,1901,Tver
                """, StandardCharsets.UTF_8);
        String listSource = new TableImportService(registry, Clock.systemUTC())
                .importFile(list, Readers.TABLE, null, t -> { }).sourceId();
        Path memorial = Files.writeString(tmp.resolve("memorial.csv"), """
                NAME,BIO
                Тестов Иван Петрович,"род. 1901, г. Тверь, русский, б/п, завод: токарь. Адрес: Москва, ул. Пробная, д.1. Арестован 1 марта 1938 г. Приговорен: тройка при УНКВД по Московской обл. 10 марта 1938, обв.: к.-р. агитации. Рассстрелян 20.03.1938. Место захоронения: Бутово."
                """, StandardCharsets.UTF_8);
        new TableImportService(registry, Clock.systemUTC()).importFile(memorial, Readers.MEMORIAL, null, t -> { });
        new RelinkService(registry, Clock.systemUTC()).relink(true);
        biographyPerson = Person.idFor(SourceRecord.idFor(bio, 0));
        listPerson = Person.idFor(SourceRecord.idFor(listSource, 0));
        server = WebServer.start(registry, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        registry.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return TestHttp.get(server, path);
    }

    @Test
    void aMergedPersonsOldAddressRedirectsToThePersonItBecamePartOf() throws Exception {
        HttpResponse<String> a = get("/persons/" + biographyPerson);
        HttpResponse<String> b = get("/persons/" + listPerson);

        List<Integer> statuses = List.of(a.statusCode(), b.statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(200, 301);
        HttpResponse<String> moved = a.statusCode() == 301 ? a : b;
        String survivor = a.statusCode() == 200 ? biographyPerson : listPerson;
        assertThat(moved.headers().firstValue("Location")).hasValue("/persons/" + survivor);
        HttpResponse<String> api = get("/api/persons/" + (survivor.equals(biographyPerson) ? listPerson : biographyPerson));
        assertThat(api.statusCode()).isEqualTo(301);
        assertThat(api.headers().firstValue("Location")).hasValue("/api/persons/" + survivor);
    }

    @Test
    void statisticsListBurialPlacesAndSentencingBodiesOfTheLists() throws Exception {
        String body = get("/stats").body();

        assertThat(body).contains("Most frequent burial places", "Бутово", "Sentencing bodies", "тройка при УНКВД");
    }

    @Test
    void personPageListsItsRecordsTheirLinkAndTheValuesTheyDisagreeOn() throws Exception {
        String survivor = get("/persons/" + biographyPerson).statusCode() == 200 ? biographyPerson : listPerson;
        String body = get("/persons/" + survivor).body();

        assertThat(body).contains("Records of this person", "alexei-snegov.txt", "list.csv", "Linked by the machine");
        // The link's per-field explanation, as the linker scored it.
        assertThat(body).contains("class=\"shares\"", "surname", "Agreement");
        // Kiev and Kyiv are one place: nothing to set side by side.
        assertThat(body).doesNotContain("The sources disagree");
    }
}

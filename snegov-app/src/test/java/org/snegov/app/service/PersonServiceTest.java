package org.snegov.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonServiceTest {

    @org.junit.jupiter.api.Test
    void setsDisagreeingBirthplacesSideBySide() {
        var a = record("ra", "Kiev");
        var b = record("rb", "Odessa");
        var person = new org.snegov.model.Person("p0123456789abcdef", List.of(a, b));
        var sources = java.util.Map.of("s", "list.csv");

        var conflicts = PersonService.conflicts(person, sources);

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("birth.place");
            assertThat(c.values()).extracting(PersonView.ConflictValue::value).containsExactly("Kiev", "Odessa");
        });
    }

    private static org.snegov.model.SourceRecord record(String id, String place) {
        String text = "Ivan Testov 1901 " + place;
        var name = org.snegov.model.Evidence.of("s", text, 0, 11);
        var birth = org.snegov.model.Evidence.of("s", text, 12, text.length());
        return new org.snegov.model.SourceRecord(id, "s", "test/1",
                List.of(new org.snegov.model.PersonName("Ivan Testov", "Testov", "Ivan", null,
                        org.snegov.model.NameKind.PRIMARY, name)),
                new org.snegov.model.Vital(org.snegov.model.PartialDate.ofYear(1901), org.snegov.model.Place.of(place), birth),
                null, List.of(), List.of(), List.of());
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Kiev                                          | Kiev, Kiev Governorate, Russian Empire | true
            Kiev                                          | Kyiv                                   | true
            Sukhotino                                     | Тульская губ., Алексинский уезд, д. Сухотино | true
            Kiev                                          | Moscow                                 | false
            Tver                                          | Тверь                                  | true
            """)
    void treatsSpellingsOfOnePlaceAsNoConflict(String a, String b, boolean same) {
        assertThat(PersonService.samePlaces(List.of(a, b))).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1898       | 1898-03-05 | true
            1898-03    | 1898-03-05 | true
            1898       | 1899       | false
            1898-03-05 | 1898-03-06 | false
            """)
    void treatsDatesOfDifferentPrecisionAsNoConflictWhenTheyCanMeanOneDay(String a, String b, boolean same) {
        assertThat(PersonService.sameDates(List.of(a, b))).isEqualTo(same);
    }
}

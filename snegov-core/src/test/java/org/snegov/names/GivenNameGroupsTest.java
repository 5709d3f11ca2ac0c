package org.snegov.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GivenNameGroupsTest {

    private final GivenNameGroups groups = GivenNameGroups.standard();

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Alexei    | Алексей
            Aleksei   | Алексей
            Alexey    | Алексей
            Alexis    | Алексей
            Олексій   | Алексей
            Аляксей   | Алексей
            Алёша     | Алексей
            Oleksii   | Алексей
            Ioann     | Иван
            Jan       | Иван
            Wladimir  | Владимир
            Uladzimir | Владимир
            Włodzimierz | Владимир
            Józef     | Иосиф
            Osip      | Иосиф
            Awdotja   | Евдокия
            Hanna     | Анна
            """)
    void findsTheGroupOfAVariant(String variant, String group) {
        assertThat(groups.groupsOf(variant)).contains(group);
    }

    @Test
    void putsAnAmbiguousDiminutiveInEveryGroupItShortens() {
        assertThat(groups.groupsOf("Саша")).contains("Александр", "Александра");
    }

    @Test
    void keepsDifferentNamesApart() {
        assertThat(groups.sameGroup("Иван", "Алексей")).isFalse();
        assertThat(groups.sameGroup("Alexis", "Олексій")).isTrue();
    }

    @Test
    void findsNothingForRandomInputWithoutFailing() {
        Random random = new Random(5);
        for (int i = 0; i < 1_000; i++) {
            assertThat(groups.groupsOf(RandomNames.next(random))).isNotNull();
        }
    }
}

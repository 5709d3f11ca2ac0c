package org.snegov.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snegov.model.Mention;

class RussianMentionFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Арестован по доносу сотрудника лаборатории Н. К. Пробова.        | Н. К. Пробов
            Арестована по доносу коллеги, завуча школы П. И. Тестова, в 1937 г. | П. И. Тестов
            Осуждён по показаниям А.Б. Пробского.                             | А.Б. Пробский
            Арестован по доносу соседки Н. К. Пробовой.                       | Н. К. Пробовой
            Вместе с В. П. Тестова работала над двигателями.                  | В. П. Тестова
            В 1937 г. Н. К. Пробова арестовали по доносу.                     | Н. К. Пробова
            Его жена, Анна Петровна Тестова, была арестована по доносу.       | Анна Петровна Тестова
            """)
    void namesAnInitialledSurnameInTheNominativeOnlyWhereADenunciationPutsItInTheGenitive(String paragraph,
                                                                                        String person) {
        List<String> people = new RussianMentionFinder().find(Biographies.of("Иван Иванов", paragraph),
                Biographies.SOURCE, SubjectNames.of("Иван Иванов")).stream().map(Mention::name).toList();
        assertThat(people).containsExactly(person);
    }
}

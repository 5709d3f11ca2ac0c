package org.snegov.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snegov.model.PartialDate;

class UiTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            EN | 1939-01-04 | 4 January 1939
            EN | 1937-06    | June 1937
            EN | 1898       | 1898
            EN | 1930s      | 1930s
            EN | ~1937      | c. 1937
            RU | 1939-01-04 | 4 января 1939 г.
            RU | 1937-06    | июнь 1937 г.
            RU | 1898       | 1898 г.
            RU | 1930s      | 1930-е
            RU | ~1937      | ок. 1937 г.
            """)
    void writesDatesAtTheirPrecisionInEachLanguage(Ui.Lang lang, String iso, String expected) {
        assertThat(Ui.of(lang).date(PartialDate.parse(iso))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EN | 1  | 1 person found
            EN | 2  | 2 persons found
            RU | 1  | Найден 1 человек
            RU | 3  | Найдено 3 человека
            RU | 5  | Найдено 5 человек
            RU | 21 | Найден 21 человек
            """)
    void pluralisesByTheRulesOfEachLanguage(Ui.Lang lang, long n, String expected) {
        assertThat(Ui.of(lang).t("search.found", n)).isEqualTo(expected);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        assertThat(keys("ru")).isEqualTo(keys("en"));
    }

    private static java.util.Set<Object> keys(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = UiTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.keySet();
    }
}

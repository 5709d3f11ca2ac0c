package org.snegov.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianDateFinderTest {

    private final RussianDateFinder finder = new RussianDateFinder();

    private List<DateMention> find(String text) {
        return finder.find(new Span(0, text.length(), text), 0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            арестован 4 января 1939 г.          | 1939-01-04 | 4 января 1939 г.
            Расстрелян 10.08.1938.              | 1938-08-10 | 10.08.1938
            в 1937 году                         | 1937       | 1937 году
            в июне 1937 г.                      | 1937-06    | июне 1937 г.
            с января 1937                       | 1937-01    | января 1937
            В 1920-е годы работал               | 1920s      | 1920-е годы
            в 1920-х годах                      | 1920s      | 1920-х годах
            в 1937–1951 гг.                     | 1937       | 1937–1951 гг.
            """)
    void parsesRussianDatesWithTheirExactSpan(String text, String date, String span) {
        assertThat(find(text)).first().satisfies(d -> {
            assertThat(d.date().toString()).isEqualTo(date);
            assertThat(d.span().text()).isEqualTo(span);
            assertThat(text.substring(d.span().start(), d.span().end())).isEqualTo(span);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Арестован в 1937 г.; в марте того же года осуждён.   | 1937, 1937-03
            Арестован в 1937 г. В том же году расстрелян.        | 1937, 1937
            """)
    void datesThatSameYearByTheLastYearWritten(String text, String expected) {
        assertThat(String.join(", ", find(text).stream().map(d -> d.date().toString()).toList())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            статья 58-10
            в марте того же года
            приговорён к 10 годам ИТЛ
            """)
    void findsNoDateWithoutAYear(String text) {
        assertThat(find(text)).isEmpty();
    }
}

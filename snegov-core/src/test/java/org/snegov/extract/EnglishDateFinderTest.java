package org.snegov.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishDateFinderTest {

    private final EnglishDateFinder finder = new EnglishDateFinder();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4 January 1939                          | 1939-01-04
            January 4, 1939                         | 1939-01-04
            January 4 1939                          | 1939-01-04
            4th January 1939                        | 1939-01-04
            June 1937                               | 1937-06
            June, 1937                              | 1937-06
            1937                                    | 1937
            in the 1930s                            | 1930s
            the 1950's                              | 1950s
            1907-06-18                              | 1907-06-18
            13 July [O.S. 1 July] 1894              | 1894-07-13
            12 January [O.S. 30 December 1906]1907  | 1907-01-12
            1 July [N.S. 13 July] 1894              | 1894-07-13
            30 December 1906 (N.S. 12 January 1907) | 1907-01-12
            from July to November 1919              | 1919-07
            from 1937 to 1951                       | 1937
            1937–1951                               | 1937
            December 1918 – March 1919              | 1918-12
            c. 1930                                 | ~1930
            about 1937                              | ~1937
            """)
    void parsesEnglishDates(String text, String expected) {
        assertThat(finder.parse(text)).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He may return.
            He was sentenced under Article 58.
            She served an 8-year sentence.
            It happened in March.
            that same year
            """)
    void findsNoDateWithoutAYear(String text) {
        assertThat(finder.parse(text)).isEmpty();
    }

    @Test
    void datesThatSameYearByTheLastYearWritten() {
        Span s = new Span(0, 44, "In 1967 he was expelled; that same year he r");
        List<DateMention> found = finder.find(s, 0);
        assertThat(found).extracting(d -> d.date().toString()).containsExactly("1967", "1967");
        assertThat(found.get(1).relative()).isTrue();
    }

    @Test
    void datesABareMonthByTheContextYear() {
        Span s = new Span(0, 33, "In August, she was also convicted");
        assertThat(finder.find(s, 1937)).extracting(d -> d.date().toString()).containsExactly("1937-08");
    }

    @Test
    void keepsOffsetsOfEveryMention() {
        String text = "xx Arrested on 15 May 1939 and shot in 1940.";
        Span whole = new Span(100, 100 + text.length(), text);
        for (DateMention d : finder.find(whole, 0)) {
            assertThat(text.substring(d.span().start() - 100, d.span().end() - 100)).isEqualTo(d.span().text());
        }
    }
}

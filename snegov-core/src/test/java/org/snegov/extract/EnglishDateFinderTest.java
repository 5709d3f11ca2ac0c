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
            20 February (5 March) 1917              | 1917-03-05
            19 December 1916 (1 January 1917)       | 1917-01-01
            3 (16) January 1905                     | 1905-01-16
            28 (10) June 1910                       | 1910-07-10
            February 20 (March 5), 1917             | 1917-03-05
            on either 20 or 21 September 1937       | 1937-09
            14 [O.S. 1] March 1906                  | 1906-03-14
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On 13 March 1938 he was tried; he was shot two days later.  | 1938-03-13, 1938-03-15
            He was sentenced on 1 February 1940 and shot the next day.  | 1940-02-01, 1940-02-02
            He was made marshal in June 1944 and hero the following month. | 1944-06, 1944-07
            In 1937 he was expelled and was arrested on 27 February.    | 1937, 1937-02-27
            In 1918 he came back. In December of that year he left.     | 1918, 1918-12
            In 1988 the verdict was annulled. On 21 June of that year he was restored. | 1988, 1988-06-21
            """)
    void datesRelativeDaysAndMonthsByTheDateBefore(String text, String expected) {
        List<DateMention> found = finder.find(new Span(0, text.length(), text), 0);
        assertThat(String.join(", ", found.stream().map(d -> d.date().toString()).toList())).isEqualTo(expected);
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

package org.snegov.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldComparatorTest {

    private static Level compare(FieldKind kind, String a, String b) {
        return compare(new FieldSpec("f", kind, false), a, b);
    }

    private static Level compare(FieldSpec spec, String a, String b) {
        FieldKind kind = spec.kind();
        LinkSettings settings = new LinkSettings(List.of(spec),
                List.of(BlockingRule.parse("f:exact")), List.of(), 0.5, 0.9, 0.5, false, 100, 1000, 0.5, 1);
        RecordFeatures features = Linker.of(settings).prepare(List.of(new LinkRecord("a", "", java.util.Arrays.asList(a)),
                new LinkRecord("b", "", java.util.Arrays.asList(b))));
        int level = FieldComparator.compare(features, 0, 0, 1);
        return level == FieldComparator.MISSING ? Level.MISSING : kind.levels().get(level);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Снегов,     Снегов,     EXACT
            Снегов,     SNEGOV,     TRANSLITERATED
            Иванова,    Ivanov,     FEMININE_FORM
            Vinogradov, Vinogradv,  JARO_WINKLER_HIGH
            Иван,       И.,         INITIAL
            Иван,       П.,         OTHER
            П.,         П.,         INITIAL
            Ю.,         Иван,       OTHER
            Ю.,         Jurij,      INITIAL
            I.,         Иван,       INITIAL
            Crowley,    Krowley,    JARO_WINKLER_MID
            Снегов,     Петров,     OTHER
            Снегов,     '',         MISSING
            Chruschtschow, Хрущёв,  SAME_READING
            Joukov,     Жуков,      SAME_READING
            Schdanow,   Zhdanov,    SAME_READING
            Алёша,      Алексей,    NAME_VARIANT
            Олексій,    Aleksei,    NAME_VARIANT
            Иван,       Алексей,    OTHER
            П0пов,      Попов,      EXACT
            Ivan0v,     Иванов,     TRANSLITERATED
            """)
    void gradesNames(String a, String b, Level expected) {
        assertThat(compare(FieldKind.NAME, a, b)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Саша,       Alexander,  NAME_VARIANT
            Ваня,       Иван,       NAME_VARIANT
            Шура,       Александр,  NAME_VARIANT
            Маша,       Мария,      NAME_VARIANT
            Маша,       Александр,  OTHER
            Иван,       Изан,       ONE_TYPO
            Илья,       Ипья,       ONE_TYPO
            Нина,       Инна,       OTHER
            """)
    void givenNamesOfSmallVocabularyMeetTheirVariantsHoweverUnlikeTheyLook(String a, String b, Level expected) {
        assertThat(compare(new FieldSpec("f", FieldKind.NAME, true, false), a, b)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1937-06-04,  1937-06-04,  EXACT
            1937-06-04,  19370604,    EXACT
            1937,        1937-06-04,  COMPATIBLE_PARTIAL
            1937-06,     1937-06-04,  COMPATIBLE_PARTIAL
            1937-06-04,  1937-04-06,  ONE_TYPO
            1937-06-04,  1937-06-05,  ONE_TYPO
            1937-06-04,  1937-06-21,  SAME_MONTH
            1937-06-04,  1937-11-21,  SAME_YEAR
            1937-06-04,  1938-11-21,  YEAR_OFF_BY_ONE
            1937,        1952,        OTHER
            1874,        1884,        OTHER
            1874,        1875,        YEAR_OFF_BY_ONE
            1874,        1872,        OTHER
            1874-05-03,  1884-05-03,  ONE_TYPO
            1937,        ??,          MISSING
            """)
    void gradesDates(String a, String b, Level expected) {
        assertThat(compare(FieldKind.DATE, a, b)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Тифлис,      Tiflis,       EXACT
            Ленинград,   Петроград,    SAME_MODERN_PLACE
            Leningrad,   Санкт-Петербург, SAME_MODERN_PLACE
            Kiev,        Kyiv,         SAME_MODERN_PLACE
            Москва,      Тула,         OTHER
            г. Ленинград, Санкт-Петербург, SAME_MODERN_PLACE
            Сталино,     Донецк,       SAME_MODERN_PLACE
            Рязанская губ., г. Рязань, SAME_REGION
            Ryazanskaya gub., Рязанская губ., EXACT
            Рязанская губ., Тульская губ., OTHER
            """)
    void gradesPlaces(String a, String b, Level expected) {
        assertThat(compare(FieldKind.PLACE, a, b)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Попов,       Попоз,       ONE_TYPO
            Иванов,      Изанов,      ONE_TYPO
            Снегов,      Снегова,     FEMININE_FORM
            Снегов,      Седов,       OTHER
            """)
    void gradesSurnamesOneTypoApartWhereTheBandsMissThem(String a, String b, Level expected) {
        assertThat(compare(new FieldSpec("f", FieldKind.NAME, true, true), a, b)).isIn(expected,
                Level.JARO_WINKLER_HIGH, Level.JARO_WINKLER_MID);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            abc,     ABC,     0
            abcd,    abdc,    1
            abcd,    abd,     1
            abcd,    abxd,    1
            abcd,    badc,    2
            """)
    void findsOneTypingErrorApart(String a, String b, int distance) {
        assertThat(FieldComparator.oneEditApart(a.toLowerCase(java.util.Locale.ROOT), b.toLowerCase(java.util.Locale.ROOT)))
                .isEqualTo(distance <= 1);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            martha,    marhta,    0.961
            dwayne,    duane,     0.840
            dixon,     dicksonx,  0.813
            """)
    void computesJaroWinklerAsPublished(String a, String b, double expected) {
        assertThat(FieldComparator.jaroWinkler(a, b)).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.001));
    }
}

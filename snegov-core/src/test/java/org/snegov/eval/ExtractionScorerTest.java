package org.snegov.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snegov.model.EventType;
import org.snegov.model.Evidence;
import org.snegov.model.LifeEvent;
import org.snegov.model.Mention;
import org.snegov.model.NameKind;
import org.snegov.model.PartialDate;
import org.snegov.model.PersonName;
import org.snegov.model.Place;
import org.snegov.model.SourceRecord;
import org.snegov.model.Vital;

class ExtractionScorerTest {

    private static final String SRC = "a".repeat(64);
    private static final String TEXT = "He was arrested in June 1937. He was released in 1939. In 1953 he met Ivan Bunin.";

    private final ExtractionScorer scorer = new ExtractionScorer();

    private static Evidence at(String phrase) {
        int s = TEXT.indexOf(phrase);
        return Evidence.of(SRC, TEXT, s, s + phrase.length());
    }

    private static LifeEvent event(EventType type, String date, String phrase) {
        return LifeEvent.of(type, date == null ? null : PartialDate.parse(date), null, at(phrase));
    }

    private static GoldEvent gold(EventType type, String date, String evidence, String... alt) {
        return new GoldEvent(type, date == null ? null : PartialDate.parse(date),
                java.util.Arrays.stream(alt).map(PartialDate::parse).toList(), null, evidence);
    }

    private static SourceRecord record(List<LifeEvent> events, Vital birth, List<String> people) {
        PersonName name = new PersonName("Ivan Petrov", "Petrov", "Ivan", null, NameKind.PRIMARY, at("He"));
        return new SourceRecord("r1", SRC, "test", List.of(name), birth, null, events,
                people.stream().map(p -> new Mention(p, at("Ivan Bunin"))).toList(), List.of());
    }

    private static GoldDocument doc(List<GoldEvent> events, GoldVital birth, List<String> people) {
        return new GoldDocument("petrov", "Ivan Petrov", null, birth, null, events, people);
    }

    @Test
    void matchesByTypeDateAndOverlappingEvidence() {
        GoldDocument g = doc(List.of(gold(EventType.ARREST, "1937-06", "arrested in June 1937"),
                gold(EventType.RELEASE, null, "He was released in 1939"),
                gold(EventType.OTHER, "1953", "he met Ivan Bunin")), null, List.of());
        SourceRecord p = record(List.of(event(EventType.ARREST, "1937-06", "He was arrested in June 1937."),
                event(EventType.RELEASE, "1939", "released in 1939"),
                event(EventType.EXILE, null, "In 1953"),
                event(EventType.OTHER, null, "he met")), null, List.of());
        ExtractionScore s = scorer.score(List.of(new EvaluationCase(g, TEXT, p)));
        assertThat(s.events()).isEqualTo(new Counts(2, 3, 2));
        assertThat(s.byType()).doesNotContainKey(EventType.OTHER);
        assertThat(s.byType().get(EventType.EXILE)).isEqualTo(new Counts(0, 1, 0));
        assertThat(s.discrepancies()).extracting(Discrepancy::kind).containsExactly(Discrepancy.Kind.EXTRA);
    }

    @ParameterizedTest(name = "gold {0} alt {1}, predicted {2}: {3}")
    @CsvSource(textBlock = """
            1937-06,        , 1937-06, true
            1937-06,        , 1937,    false
            1937,           , 1937-06, false
                   ,        , 1937-06, true
                   ,        ,        , true
            1937-06,        ,        , false
            1937-06, 1937-07, 1937-07, true
            """)
    void agreesOnDatesAsTheRuleSays(String goldDate, String alt, String predicted, boolean matched) {
        GoldDocument g = doc(List.of(alt == null ? gold(EventType.ARREST, goldDate, "arrested")
                : gold(EventType.ARREST, goldDate, "arrested", alt)), null, List.of());
        SourceRecord p = record(List.of(event(EventType.ARREST, predicted, "He was arrested")), null, List.of());
        assertThat(scorer.score(List.of(new EvaluationCase(g, TEXT, p))).events().matched()).isEqualTo(matched ? 1 : 0);
    }

    @Test
    void matchesOneToOne() {
        GoldDocument g = doc(List.of(gold(EventType.ARREST, null, "He was arrested in June 1937.")), null, List.of());
        SourceRecord p = record(List.of(event(EventType.ARREST, "1937-06", "He was arrested"),
                event(EventType.ARREST, null, "in June 1937")), null, List.of());
        assertThat(scorer.score(List.of(new EvaluationCase(g, TEXT, p))).events()).isEqualTo(new Counts(1, 2, 1));
    }


    @Test
    void findsTheMaximumMatchingNotTheGreedyOne() {
        GoldDocument g = doc(List.of(gold(EventType.ARREST, null, "He was arrested in June 1937."),
                gold(EventType.ARREST, "1937-06", "arrested")), null, List.of());
        SourceRecord p = record(List.of(event(EventType.ARREST, "1937-06", "He was arrested"),
                event(EventType.ARREST, null, "June 1937")), null, List.of());
        assertThat(scorer.score(List.of(new EvaluationCase(g, TEXT, p))).events().matched()).isEqualTo(2);
    }

    @Test
    void sumsCountsOverDocumentsBeforeDividing() {
        GoldDocument g1 = doc(List.of(gold(EventType.ARREST, null, "arrested")), null, List.of());
        GoldDocument g2 = doc(List.of(gold(EventType.ARREST, null, "arrested"), gold(EventType.RELEASE, null, "released")),
                null, List.of());
        SourceRecord hit = record(List.of(event(EventType.ARREST, null, "arrested")), null, List.of());
        ExtractionScore s = scorer.score(List.of(new EvaluationCase(g1, TEXT, hit), new EvaluationCase(g2, TEXT, hit)));
        assertThat(s.events()).isEqualTo(new Counts(2, 2, 3));
        assertThat(s.events().recall()).isEqualTo(2.0 / 3);
    }

    @ParameterizedTest(name = "gold {0} {1}, predicted {2} {3}: {4}")
    @CsvSource(textBlock = """
            1898, Kiev,       1898, 'Kyiv, Ukraine',                   true
            1898, 'Kiev',     1898, 'Kiev, Kiev Governorate',          true
            1898, Kiev,       1899, Kiev,                              false
            1898, Kiev,       1898, Moscow,                            false
            1898, ,           1898, ,                                  true
            1898, Tiflis,     1898, Tbilisi,                           true
            1894-07-13, 'Odessa, Kherson Governorate', 1894-07-13, 'Odesa', true
            """)
    void judgesBirthByDateAndFirstToponym(String gd, String gp, String pd, String pp, boolean right) {
        GoldDocument g = doc(List.of(), new GoldVital(PartialDate.parse(gd), gp), List.of());
        Vital birth = new Vital(PartialDate.parse(pd), pp == null ? null : Place.of(pp), at("He"));
        assertThat(scorer.score(List.of(new EvaluationCase(g, TEXT, record(List.of(), birth, List.of()))))
                .birthsRight()).isEqualTo(right ? 1 : 0);
    }

    @Test
    void findsAGoldPersonByNameOrSurname() {
        GoldDocument g = doc(List.of(), null, List.of("Joseph Stalin", "Ivan Bunin", "Lev Shaumyan", "Stalin"));
        SourceRecord p = record(List.of(), null, List.of("Stalin", "Ivan Bunin"));
        ExtractionScore s = scorer.score(List.of(new EvaluationCase(g, TEXT, p)));
        assertThat(s.peopleFound()).isEqualTo(3);
        assertThat(s.peopleRecall()).isEqualTo(0.75);
    }

    @Test
    void missesEverythingWhenNothingWasPredicted() {
        GoldDocument g = doc(List.of(gold(EventType.ARREST, null, "arrested")), new GoldVital(null, "Kiev"), List.of("X Y"));
        ExtractionScore s = scorer.score(List.of(new EvaluationCase(g, TEXT, null)));
        assertThat(s.events()).isEqualTo(new Counts(0, 0, 1));
        assertThat(s.birthsRight()).isZero();
        assertThat(s.peopleFound()).isZero();
        assertThat(s.discrepancies()).extracting(Discrepancy::kind).containsExactly(Discrepancy.Kind.MISSED);
    }
}

package org.snegov.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snegov.model.LifeEvent;

/** Russian narrative biographies, on texts written for this test. */
class RussianExtractionTest {

    private static final BiographyDocument DOCUMENT = Biographies.of("Пётр Иванов",
            "Пётр Сергеевич Иванов родился в 1898 году в Киеве. Член ВКП(б) с 1920 года. С 1930 г. руководил "
                    + "трестом в Харькове.",
            "Арестован 4 января 1939 г. Его жена была арестована в июне того же года. 10.08.1939 Особым совещанием "
                    + "приговорён к 10 годам ИТЛ. Направлен в Севвостлаг. Освобождён в 1946 г. В 1949 г. повторно "
                    + "арестован и сослан в Красноярский край. Реабилитирован (посмертно) 6 марта 1957 г. Умер в 1955 "
                    + "году. Виновным себя не признал.");

    private static List<LifeEvent> events() {
        return new BiographyExtractor().extract(DOCUMENT, Biographies.SOURCE, "r").events();
    }


    @ParameterizedTest
    @CsvSource(textBlock = """
            party_join,     1920,       Член ВКП(б) с 1920 года
            position,       1930,       руководил трестом
            arrest,         1939-01-04, Арестован 4 января 1939 г
            sentence,       1939-08-10, приговорён к 10 годам ИТЛ
            camp,           ,           Направлен в Севвостлаг
            release,        1946,       Освобождён в 1946 г
            arrest,         1949,       повторно арестован
            exile,          1949,       сослан в Красноярский край
            rehabilitation, 1957-03-06, Реабилитирован (посмертно) 6 марта 1957 г
            death,          1955,       Умер в 1955 году
            """)
    void findsTheSubjectsEventWithItsDateAndExactEvidence(String type, String date, String phrase) {
        List<LifeEvent> events = events();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type().code()).isEqualTo(type);
            assertThat(e.date() == null ? null : e.date().iso()).isEqualTo(date);
            assertThat(e.evidence().text()).contains(phrase);
            assertThat(DOCUMENT.text().substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
        });
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Его жена была арестована
            Виновным себя не признал
            """)
    void leavesOutOtherPeoplesAndNegatedEvents(String phrase) {
        List<LifeEvent> events = events();
        assertThat(events).noneSatisfy(e -> assertThat(e.evidence().text()).contains(phrase));
    }

    @Test
    void readsBirthAndDeathFromTheNarrative() {
        var record = new BiographyExtractor().extract(DOCUMENT, Biographies.SOURCE, "r");
        assertThat(record.birth().date().iso()).isEqualTo("1898");
        assertThat(record.birth().place().asWritten()).isEqualTo("Киеве");
        assertThat(record.birth().place().normalized()).isEqualTo("Киев");
        assertThat(record.death().date().iso()).isEqualTo("1955");
    }

    @Test
    void namesThePeopleMentionedButNotTheSubject() {
        BiographyDocument doc = Biographies.of("Пётр Иванов",
                "Пётр Сергеевич Иванов родился в 1898 году. Ученик А. Ф. Иоффе. Арестован по доносу В.П. Глушко. "
                        + "Его жена, Анна Петровна Иванова, была арестована.");
        var names = SubjectNames.of("Пётр Иванов", "Пётр Сергеевич Иванов");
        assertThat(new RussianMentionFinder().find(doc, Biographies.SOURCE, names))
                .extracting(m -> m.name())
                .containsExactly("А. Ф. Иоффе", "В.П. Глушко", "Анна Петровна Иванова");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Киеве,   Киев
            Казани,  Казань
            Москве,  Москва
            Харькове, Харьков
            Ленинграде, Ленинград
            """)
    void bringsAPlaceAfterVBackToTheNominative(String prepositional, String nominative) {
        assertThat(VitalExtractor.nominative(prepositional)).isEqualTo(nominative);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Арестован 4 января 1939 г.,                    RUSSIAN
            He was arrested on 4 January 1939.,            ENGLISH
            'Snegov (Снегов) was arrested in 1937.',       ENGLISH
            """)
    void tellsTheLanguageByTheShareOfCyrillicLetters(String text, Language expected) {
        assertThat(Language.of(text)).isEqualTo(expected);
    }
}

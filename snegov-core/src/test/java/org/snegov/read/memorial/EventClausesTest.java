package org.snegov.read.memorial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snegov.model.EventType;

class EventClausesTest {

    /** One example of every branch of every event pattern: the plain-text prefilter must let each through. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Приговорен к 10 годам ИТЛ                   | SENTENCE
            приговорён тройкой                          | SENTENCE
            Осуждена 2.11.1937                          | SENTENCE
            приговаривался к ссылке                     | SENTENCE
            (Ст. 74 УК на 3 года ИТЛ)                   | SENTENCE
            Дата приговора: 2.11.1937                   | SENTENCE
            Дата осуждения: 2.11.1937                   | SENTENCE
            sentenced to death                          | SENTENCE
            convicted of espionage                      | SENTENCE
            Арестован 4 января 1938 г.                  | ARREST
            арестовывался дважды                        | ARREST
            задерживался на сутки                       | ARREST
            до ареста в 1936 г.                         | ARREST
            Дата ареста: 10.11.1937                     | ARREST
            arrested on 3 May 1937                      | ARREST
            detained in 1930                            | ARREST
            Реабилитирован 14.06.1958                   | REHABILITATION
            Дата реабилитации: 14.06.1957               | REHABILITATION
            rehabilitated in 1957                       | REHABILITATION
            Умер в заключении 12.03.1942                | DEATH
            Умерла в 1943 г.                            | DEATH
            Скончался в лагере                          | DEATH
            погиб на этапе                              | DEATH
            died in custody                             | DEATH
            Отбывал ссылку в Ирбите                     | EXILE
            ссылки отбывал в Нарыме                     | EXILE
            выслан в Казахстан                          | EXILE
            сослана в Нарым                             | EXILE
            exiled to Siberia                           | EXILE
            served his exile in Tobolsk                 | EXILE
            lived in exile                              | EXILE
            deported to the Narym region                | EXILE
            banished to Vyatka                          | EXILE
            Содержался в Дмитровском ИТЛ НКВД           | CAMP
            Содержалась в Карлаге                       | CAMP
            Отбывал срок в Белбалтлаге                  | CAMP
            отбывала наказание в Севвостлаге            | CAMP
            Этапирован в Севвостлаг                     | CAMP
            held in a labour camp                       | CAMP
            sent to a camp in Kolyma                    | CAMP
            Освобожден в ноябре 1935 г.                 | RELEASE
            освобождена досрочно                        | RELEASE
            released in 1946                            | RELEASE
            freed in 1941                               | RELEASE
            Срок отбыл                                  | OTHER
            Был в плену у немцев                        | OTHER
            неоднократно привлекался к суду             | OTHER
            находился под надзором ОГПУ                 | OTHER
            Самовольно покинул место ссылки             | OTHER
            содержался в заключении                     | OTHER
            served the term in full                     | OTHER
            returned from captivity                     | OTHER
            was a prisoner of war                       | OTHER
            """)
    void everyEventPatternPassesThePrefilter(String clause, EventType type) {
        assertThat(EventClauses.typeOf(clause)).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            токарь, завод № 1
            научный сотрудник института
            Кирижский лесохимкомбинат: начальник обследовательской партии
            bookkeeper at the Zagotzerno office
            """)
    void anOccupationTellsNoEvent(String clause) {
        assertThat(EventClauses.typeOf(clause)).isNull();
    }
}

package org.snegov.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Киевская губ., г. Киев      | Kyiv, Ukraine
            Киев                        | Київ
            Kiev                        | Kijów
            Ленинград                   | Saint Petersburg
            Petrograd                   | Санкт-Петербург
            Сталино                     | Donetsk, Ukraine
            Юзовка                      | Донецк
            Тифлис                      | Tbilisi
            Tiflis                      | Тбилиси
            Свердловск                  | Yekaterinburg
            Московская обл., г. Москва  | Moscow
            Фрунзе                      | Bishkek
            Lemberg                     | Lviv
            """)
    void resolvesOldAndNewNamesToOnePlace(String a, String b) {
        assertThat(gazetteer.resolve(a, null)).isPresent();
        assertThat(gazetteer.resolve(a, null).get().key()).isEqualTo(gazetteer.resolve(b, null).get().key());
    }

    @Test
    void marksDatedFormerNamesAsHistorical() {
        assertThat(gazetteer.resolve("Ленинград", 1937).get().historical()).isTrue();
        assertThat(gazetteer.resolve("Moscow", 1937).get().historical()).isFalse();
    }

    @Test
    void prefersTheCityThatBoreTheNameInTheGivenYear() {
        // Stalino was Donetsk in Ukraine, not the smaller Donetsk of Rostov region.
        assertThat(gazetteer.resolve("Stalino", 1937).get().country()).isEqualTo("UA");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ленинград
            Сталино
            Тифлис
            Киевская губ., г. Киев
            Frunze
            """)
    void resolvesTheModernNameOfAMatchToTheSamePlace(String text) {
        PlaceMatch first = gazetteer.resolve(text, 1937).orElseThrow();
        assertThat(gazetteer.resolve(first.modernName(), null).orElseThrow().geonameId()).isEqualTo(first.geonameId());
    }

    @Test
    void resolvesNothingForRandomInputWithoutFailing() {
        Random random = new Random(17);
        for (int i = 0; i < 1_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(25); j > 0; j--) {
                s.append("абвгдеёжзийклмнопрстуфхцчшщыьэюя abcdefgkl.,;()губ".charAt(random.nextInt(48)));
            }
            var match = gazetteer.resolve(s.toString(), random.nextBoolean() ? null : 1937);
            assertThat(match).isNotNull();
            match.ifPresent(m -> assertThat(gazetteer.resolve(m.modernName(), null).orElseThrow().geonameId())
                    .as("%s then %s", s, m.modernName()).isEqualTo(m.geonameId()));
        }
    }
}

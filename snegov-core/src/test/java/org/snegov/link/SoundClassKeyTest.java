package org.snegov.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SoundClassKeyTest {

    private static String key(String name) {
        return SoundClassKey.of(TransliteratingNameNormalizer.written(name));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Tscherjomuchklew, Черёмухклев
            Tichsmin,         Тихсмин
            Uchdizkij,        Ухдьицкий
            Oukhditskiï,      Ухдьицкий
            Morostiskij,      Морозтиский
            Serwoych,         Сервоых
            Dobrkwych,        Добрквых
            Schdanow,         Жданов
            Chruschtschow,    Хрущёв
            Ivanoff,          Иванова
            Maximov,          Максимов
            """)
    void spellingsOfOneNameUnderOtherSystemsAndScriptsShareTheKey(String a, String b) {
        assertThat(key(a)).isEqualTo(key(b)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Смирнов, Петров
            Иванов,  Ильин
            Попов,   Папанин
            """)
    void differentNamesKeepDifferentKeys(String a, String b) {
        assertThat(key(a)).isNotEqualTo(key(b));
    }

    @Test
    void randomInputGivesAKeyOfSoundClassesOnlyAndIsStable() {
        SplittableRandom random = new SplittableRandom(7);
        String letters = "abcdefghijklmnopqrstuvwxyz абвгдежзийклмнопрстуфхцчшщъыьэюяё'-.0";
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                b.append(letters.charAt(random.nextInt(letters.length())));
            }
            String k = key(b.toString());
            assertThat(k).matches("[xkpvtlmnr]*");
            assertThat(k.toLowerCase(Locale.ROOT)).doesNotContain("xx", "kk", "pp", "vv", "tt");
            assertThat(key(b.toString())).isEqualTo(k);
        }
    }
}

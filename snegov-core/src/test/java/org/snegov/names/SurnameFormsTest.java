package org.snegov.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurnameFormsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            Снегова, Снегов
            Чайковская, Чайковский
            Пушкина, Пушкин
            Толстая, Толстой
            Snegova, Snegov
            Kowalska, Kowalski
            Tchaikovskaya, Tchaikovskiy
            Снегов, Снегов
            """)
    void givesTheMasculineForm(String surname, String masculine) {
        assertThat(SurnameForms.masculine(surname)).isEqualTo(masculine);
    }

    @Test
    void relatesFeminineAndMasculineFormsAcrossScriptsButKeepsTheirKeysApart() {
        assertThat(SurnameForms.related("Снегова", "Snegov")).isTrue();
        assertThat(SurnameForms.isFeminine("Снегова")).isTrue();
        assertThat(NameKeys.canonical("Снегова")).isNotEqualTo(NameKeys.canonical("Снегов"));
    }

    @Test
    void isIdempotentOnRandomInput() {
        Random random = new Random(13);
        for (int i = 0; i < 2_000; i++) {
            String m = SurnameForms.masculine(RandomNames.next(random));
            assertThat(SurnameForms.masculine(m)).isEqualTo(m);
        }
    }
}

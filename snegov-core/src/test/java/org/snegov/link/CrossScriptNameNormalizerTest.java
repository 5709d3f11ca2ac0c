package org.snegov.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossScriptNameNormalizerTest {

    private static final CrossScriptNameNormalizer NORMALIZER = new CrossScriptNameNormalizer();

    @ParameterizedTest
    @CsvSource(textBlock = """
            Алёша,    Алексей
            Aleksei,  Алексей
            Олексій,  Алексей
            Ваня,     Иван
            """)
    void aGivenNameKnowsItsGroup(String name, String group) {
        assertThat(NORMALIZER.normalize(name).groups()).contains(group);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            П0пов,   Попов
            Ivan0v,  Ivanov
            0rlov,   Orlov
            1937,    1937
            К.0,     К.0
            """)
    void aZeroBesideALetterReadsAsTheLetterO(String raw, String read) {
        assertThat(CrossScriptNameNormalizer.ocrDigits(raw)).isEqualTo(read);
    }

    @Test
    void anInitialHasNoReadingsOrGroups() {
        NormalizedName n = NORMALIZER.normalize("А.");

        assertThat(n.initial()).isTrue();
        assertThat(n.readings()).isEmpty();
        assertThat(n.groups()).isEmpty();
    }

    @Test
    void randomInputNeverFailsAndNormalisesTheSameWayTwice() {
        Random random = new Random(43);
        String alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЕЁЖabcdeijkwxyzÄöüłżščž0123456789 .-'’";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String raw = b.toString();

            NormalizedName first = NORMALIZER.normalize(raw);

            assertThat(NORMALIZER.normalize(raw)).isEqualTo(first);
            assertThat(first.readings()).doesNotContainNull().doesNotContain("");
            assertThat(first.canonical()).isNotNull();
        }
    }
}

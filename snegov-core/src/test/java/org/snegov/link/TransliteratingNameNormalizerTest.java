package org.snegov.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TransliteratingNameNormalizerTest {

    private final NameNormalizer normalizer = new TransliteratingNameNormalizer();

    @ParameterizedTest
    @CsvSource(textBlock = """
            Снегов,   Snegov
            Sniegow,  Snegov
            Snegoff,  Snegov
            Алексей,  Alexei
            Aleksei,  Alexey
            Aleksej,  Alexei
            Жуков,    Zhukov
            Żukow,    Zhukov
            Щукин,    Shchukin
            Щукин,    Szczukin
            Цветков,  Tsvetkov
            Цветков,  Cwetkow
            Хохлов,   Khokhlov
            Юдин,     Yudin
            Фёдор,    Fedor
            """)
    void transliterationsOfOneNameShareTheCanonicalLatinForm(String a, String b) {
        assertThat(normalizer.normalize(a).latin()).isEqualTo(normalizer.normalize(b).latin());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Иванова,       Иванов
            Ivanova,       Ivanov
            Покровская,    Покровский
            Pokrovskaya,   Pokrovsky
            """)
    void foldsFeminineSurnamesToTheMasculineForm(String feminine, String masculine) {
        assertThat(normalizer.normalize(feminine).folded()).isEqualTo(normalizer.normalize(masculine).folded());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            И.,   true
            I,    true
            Ив.,  false
            Иван, false
            """)
    void recognisesInitials(String raw, boolean initial) {
        assertThat(normalizer.normalize(raw).initial()).isEqualTo(initial);
    }

    @Test
    void keepsTheWrittenFormApartFromTheLatinOne() {
        NormalizedName name = normalizer.normalize("  СНЕГОВ ");

        assertThat(name.written()).isEqualTo("снегов");
        assertThat(name.latin()).isEqualTo("snegov");
        assertThat(name.skeleton()).isEqualTo("sngv");
    }

    @Test
    void randomInputNeverThrowsAndTheLatinFormIsStable() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                b.appendCodePoint(random.nextInt(4) == 0 ? 0x400 + random.nextInt(0x60)
                        : random.nextInt(3) == 0 ? random.nextInt(0x2500) : 'a' + random.nextInt(26));
            }
            String raw = b.toString();
            assertThatCode(() -> normalizer.normalize(raw)).doesNotThrowAnyException();
            NormalizedName once = normalizer.normalize(raw);
            assertThat(once.latin()).matches("[a-z0-9 ]*");
            assertThat(normalizer.normalize(once.latin()).latin()).as(raw).isEqualTo(once.latin());
        }
    }
}

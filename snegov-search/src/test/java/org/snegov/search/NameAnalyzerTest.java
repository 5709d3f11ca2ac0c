package org.snegov.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameAnalyzerTest {

    private final NameAnalyzer analyzer = new NameAnalyzer();

    private List<String> terms(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Снегов                         | snegov
            SNEGOV                         | snegov
            Snegov                         | snegov
            Алексей Владимирович Снегов    | aleksei vladimirovic snegov
            Şükrü                          | sukru
            Kiev, Kiev Governorate         | kiev kiev governorate
            """)
    void transliteratesAndFoldsEveryToken(String input, String expected) throws IOException {
        assertThat(String.join(" ", terms(input))).isEqualTo(expected);
    }

    @Test
    void makesCyrillicAndLatinSpellingsOfOneNameMeet() throws IOException {
        assertThat(terms("Снегов")).isEqualTo(terms("snegov"));
    }

    @Test
    void survivesRandomInputAndEmitsOnlyLettersAndDigits() throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(40);
            for (int j = 0; j < len; j++) {
                s.appendCodePoint(random.nextInt(4) == 0 ? 0x400 + random.nextInt(0x100) : random.nextInt(0x3000));
            }
            assertThat(terms(s.toString())).allSatisfy(term -> assertThat(term).matches("[\\p{L}\\p{N}\\p{M}]+"));
        }
    }

    @Test
    void isIdempotentOnNamesWrittenInCyrillicOrLatin() throws IOException {
        String alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯabcdefghijklmnopqrstuvwxyzäöüßłśźżąęńóćšžčřý -'";
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(30);
            for (int j = 0; j < len; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<String> once = terms(s.toString());
            assertThat(terms(String.join(" ", once))).as("analysing %s again", once).isEqualTo(once);
        }
    }
}

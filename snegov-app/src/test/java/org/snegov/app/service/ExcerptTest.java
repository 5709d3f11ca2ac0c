package org.snegov.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snegov.model.Evidence;

class ExcerptTest {

    private static final String TEXT = "He came back. He said \"no.\" Snegov was arrested in June 1937 during the purge. "
            + "He was released.\nNext line.";

    private static Excerpt around(String fragment) {
        int start = TEXT.indexOf(fragment);
        return Excerpt.around(TEXT, Evidence.of("s", TEXT, start, start + fragment.length()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            arrested in June 1937                               | Snegov was | ' during the purge.'
            Snegov was arrested in June 1937 during the purge.  | ''         | ''
            He was released.                                    | ''         | ''
            came back                                           | He         | .
            """)
    void showsTheSentenceAroundTheSpanAndNothingMore(String fragment, String before, String after) {
        Excerpt excerpt = around(fragment);

        assertThat(excerpt.before()).isEqualTo(before.isEmpty() ? "" : before + " ");
        assertThat(excerpt.highlighted()).isEqualTo(fragment);
        assertThat(excerpt.after()).isEqualTo(after);
    }

    @Test
    void survivesEverySpanOfARandomText() {
        Random random = new Random(3);
        String alphabet = "ab .\"\n!?";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String text = sb.toString();
        for (int i = 0; i < 2_000; i++) {
            int start = random.nextInt(text.length());
            int end = start + random.nextInt(text.length() - start + 1);
            Excerpt e = Excerpt.around(text, Evidence.of("s", text, start, end));
            assertThat(text).contains(e.before() + e.highlighted() + e.after());
        }
    }
}

package org.snegov.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonGeneratorTest {

    private static String[] run(long seed) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter truth = new StringWriter();
        new PersonGenerator(NameTables.builtIn()).write(500, seed, out, truth);
        return new String[] {out.toString(), truth.toString()};
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
        assertThat(run(3)).isEqualTo(run(3));
        assertThat(run(3)[0]).isNotEqualTo(run(4)[0]);
    }

    @Test
    void writesPersonCsvWithOneToFourRecordsPerPersonFromSeveralSources() throws IOException {
        String[] r = run(9);
        List<String> rows = r[0].lines().toList();
        assertThat(rows.get(0)).isEqualTo("record_id,source,surname,given_name,patronymic,birth_date,birth_place");
        List<String> truth = r[1].lines().skip(1).toList();
        assertThat(truth).hasSize(rows.size() - 1);
        Map<String, Integer> perPerson = new HashMap<>();
        truth.forEach(t -> perPerson.merge(t.split(",")[1], 1, Integer::sum));
        assertThat(perPerson).hasSize(500);
        assertThat(perPerson.values()).allMatch(n -> n >= 1 && n <= 4);
        assertThat(rows.stream().skip(1).map(l -> l.split(",")[1]).distinct().sorted().toList())
                .containsExactly("card", "list-en", "list-ru", "ocr");
        assertThat(rows).anyMatch(l -> l.matches("r\\d+,card,[^,]+,\\p{Lu}\\.,.*"));
        assertThat(rows).anyMatch(l -> l.matches("r\\d+,list-en,[A-Za-z].*"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Иван,     false, Иванович
            Алексей,  false, Алексеевич
            Никита,   false, Никитич
            Петр,     true,  Петровна
            Игорь,    true,  Игоревна
            """)
    void formsPatronymicsFromTheFathersName(String father, boolean female, String expected) {
        assertThat(PersonGenerator.patronymic(father, female)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Иванов,     Иванова
            Ковальский, Ковальская
            Шевченко,   Шевченко
            """)
    void makesFeminineSurnames(String surname, String feminine) {
        assertThat(PersonGenerator.feminine(surname)).isEqualTo(feminine);
    }

    @Test
    void transliteratesInSeveralSystems() {
        assertThat(Arrays.stream(new int[] {0, 1, 2}).mapToObj(s -> PersonGenerator.Latin.of("Щукин", s)).toList())
                .containsExactly("Shchukin", "Ščukin", "Schtschukin");
    }
}

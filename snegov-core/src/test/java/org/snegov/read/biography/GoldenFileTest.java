package org.snegov.read.biography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;
import org.snegov.model.Vital;
import org.snegov.read.ReadResult;

/**
 * Golden files: each input beside this class has a {@code .expected.txt} listing what the reader makes of it, one
 * claim a line (an invented biography written for these tests; a file that is not a biography, whose expected
 * output is its issue).
 */
class GoldenFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"invented-petrova.txt", "not-a-biography.csv"})
    void readsAsTheGoldenFileSays(String name) throws IOException {
        byte[] bytes = resource(name);
        Source source = Source.of(name, "text/plain; charset=UTF-8", bytes, Instant.EPOCH);
        String expected = new String(resource(name.replaceFirst("\\.[a-z]+$", "") + ".expected.txt"),
                StandardCharsets.UTF_8);
        assertThat(String.join("\n", render(new BiographyReader().read(source)))).isEqualTo(expected.strip());
    }

    private static List<String> render(ReadResult r) {
        List<String> out = new ArrayList<>();
        r.issues().forEach(i -> out.add("issue " + i));
        for (SourceRecord rec : r.records()) {
            rec.names().forEach(n -> out.add("name " + n.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + n.full()));
            if (rec.birth() != null) out.add("birth " + vital(rec.birth()));
            if (rec.death() != null) out.add("death " + vital(rec.death()));
            rec.events().forEach(e -> out.add("event " + e.type().code() + " " + (e.date() == null ? "-" : e.date())
                    + " | " + e.evidence().text()));
            rec.mentions().forEach(m -> out.add("person " + m.name()));
            rec.relations().forEach(x -> out.add("relation " + x.type().code() + " " + x.person()));
        }
        return out;
    }

    private static String vital(Vital v) {
        return v.date() + " " + (v.place() == null ? "-" : v.place().asWritten());
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = GoldenFileTest.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            return in.readAllBytes();
        }
    }
}

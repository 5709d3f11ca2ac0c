package org.snegov.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.snegov.app.Samples;

/**
 * The founding biography's {@code extract} output equals the committed golden file. After an intended change
 * to extraction, regenerate it with {@code ./mvnw verify -pl snegov-app -Dsnegov.golden.update=true} and
 * review the diff like code.
 */
class ExtractGoldenIT {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/alexei-snegov.json");

    @Test
    void extractOutputOfTheFoundingBiographyEqualsTheGoldenFile() throws Exception {
        CliRun run = CliRun.of("extract", "--format", "json", Samples.founding().toString());
        assertThat(run.code()).as(run.err()).isZero();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode actual = mapper.readTree(run.out());

        if (Boolean.getBoolean("snegov.golden.update")) {
            Files.writeString(GOLDEN, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n",
                    StandardCharsets.UTF_8);
        }

        JsonNode expected = mapper.readTree(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        assertThat(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(actual))
                .isEqualTo(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(expected));
    }
}

package org.snegov.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snegov.model.EventType;
import org.snegov.model.PartialDate;

/** Test-only reader of the evaluation set's gold JSON files into {@link GoldDocument}s. */
final class GoldJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldJson() {
    }

    static GoldDocument read(Path file) {
        try {
            JsonNode root = JSON.readTree(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
            String slug = file.getFileName().toString().replaceFirst("\\.json$", "");
            List<GoldEvent> events = new ArrayList<>();
            for (JsonNode e : root.path("events")) {
                List<PartialDate> alt = new ArrayList<>();
                for (JsonNode a : e.path("alt_dates")) alt.add(PartialDate.parse(a.asText()));
                events.add(new GoldEvent(EventType.fromCode(e.path("type").asText()).orElseThrow(),
                        date(e.path("date")), alt, text(e.path("place")), e.path("evidence").asText()));
            }
            List<String> people = new ArrayList<>();
            for (JsonNode p : root.path("people")) people.add(p.asText());
            return new GoldDocument(slug, text(root.path("name")), text(root.path("native_name")),
                    vital(root.path("birth")), vital(root.path("death")), events, people);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold " + file, e);
        }
    }

    private static GoldVital vital(JsonNode v) {
        return v.isMissingNode() || v.isNull() ? null : new GoldVital(date(v.path("date")), text(v.path("place")));
    }

    private static PartialDate date(JsonNode d) {
        return d.isMissingNode() || d.isNull() ? null : PartialDate.parse(d.asText());
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }
}

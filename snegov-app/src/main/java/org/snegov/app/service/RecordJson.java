package org.snegov.app.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.snegov.model.Evidence;
import org.snegov.model.LifeEvent;
import org.snegov.model.Mention;
import org.snegov.model.PartialDate;
import org.snegov.model.PersonName;
import org.snegov.model.Relation;
import org.snegov.model.SourceRecord;
import org.snegov.model.Vital;

/**
 * A record as JSON in the schema of the evaluation set ({@code name}, {@code native_name}, {@code birth},
 * {@code death}, {@code events}, {@code people}, {@code relations}), every evidence as
 * {@code {"text", "start", "end"}} with character offsets into the source text.
 */
public final class RecordJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordJson() {
    }

    /** The mapper every edge uses to write JSON, so output is the same everywhere. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** {@code record} read from the file called {@code fileName}. */
    public static ObjectNode of(SourceRecord record, String fileName) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("slug", slug(fileName));
        root.put("record_id", record.id());
        root.put("source_id", record.sourceId());
        root.put("producer", record.producer());
        root.put("name", record.primaryName().full());
        root.put("native_name", record.nativeName().map(PersonName::full).orElse(null));
        ArrayNode names = root.putArray("names");
        for (PersonName n : record.names()) {
            ObjectNode o = names.addObject();
            o.put("kind", n.kind().name().toLowerCase(Locale.ROOT));
            o.put("full", n.full());
            o.put("surname", n.surname());
            o.put("given", n.given());
            o.put("patronymic", n.patronymic());
            o.set("evidence", evidence(n.evidence()));
        }
        root.set("birth", vital(record.birth()));
        root.set("death", vital(record.death()));
        ArrayNode events = root.putArray("events");
        for (LifeEvent e : record.events()) {
            ObjectNode o = events.addObject();
            o.put("type", e.type().code());
            o.put("date", date(e.date()));
            if (e.until() != null) {
                o.put("until", date(e.until()));
            }
            o.put("place", e.place() == null ? null : e.place().asWritten());
            if (e.conflicting()) {
                o.put("conflicting", true);
            }
            o.set("evidence", evidence(e.evidence()));
        }
        ArrayNode people = root.putArray("people");
        record.mentions().stream().map(Mention::name).distinct().forEach(people::add);
        ArrayNode relations = root.putArray("relations");
        for (Relation r : record.relations()) {
            ObjectNode o = relations.addObject();
            o.put("person", r.person());
            o.put("relation", r.type().code());
            o.set("evidence", evidence(r.evidence()));
        }
        return root;
    }

    private static ObjectNode vital(Vital vital) {
        if (vital == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("date", date(vital.date()));
        o.put("place", vital.place() == null ? null : vital.place().asWritten());
        o.set("evidence", evidence(vital.evidence()));
        return o;
    }

    private static ObjectNode evidence(Evidence ev) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("text", ev.text());
        o.put("start", ev.start());
        o.put("end", ev.end());
        return o;
    }

    /** The gold schema's date: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}; a decade has none. */
    private static String date(PartialDate date) {
        if (date == null || date.precision() == org.snegov.model.Precision.DECADE) {
            return null;
        }
        return date.iso();
    }

    private static String slug(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}

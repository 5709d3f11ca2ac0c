package org.snegov.app.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.snegov.read.memorial.MemorialEntry;
import org.snegov.read.memorial.MemorialEvent;
import org.snegov.read.memorial.TextSpan;

/**
 * A Memorial record as JSON in the schema of the Memorial evaluation sample: {@code row}, {@code name},
 * {@code birth}, {@code nationality}, {@code party}, {@code occupation}, {@code address}, {@code events},
 * {@code burial_place}; each event and field also carries {@code evidence} {@code {"text","start","end"}}
 * (offsets into the record text, or into the name for the name).
 */
final class MemorialJson {

    private MemorialJson() {
    }

    static ObjectNode of(int row, MemorialEntry e) {
        ObjectNode root = RecordJson.mapper().createObjectNode();
        root.put("row", row);
        ObjectNode name = root.putObject("name");
        name.put("surname", text(e.surname()));
        name.put("given", text(e.given()));
        name.put("patronymic", text(e.patronymic()));
        if (!e.variants().isEmpty()) {
            ArrayNode v = name.putArray("variants");
            e.variants().forEach(s -> v.add(s.text()));
        }
        ObjectNode birth = root.putObject("birth");
        birth.put("year", e.birthYear());
        birth.put("place", text(e.birthPlace()));
        birth.put("date", e.birthDate() == null ? null : e.birthDate().iso());
        root.put("nationality", text(e.nationality()));
        ObjectNode party = root.putObject("party");
        party.put("member", e.party().member());
        party.put("party", e.party().party());
        party.put("since", e.party().since());
        party.put("text", text(e.party().span()));
        root.put("occupation", text(e.occupation()));
        root.put("address", text(e.address()));
        ArrayNode events = root.putArray("events");
        for (MemorialEvent ev : e.events()) {
            ObjectNode o = events.addObject();
            o.put("type", ev.type().code());
            o.put("date", ev.date() == null ? null : ev.date().iso());
            o.put("text", ev.span().text());
            o.set("evidence", evidence(ev.span()));
            if (ev.body() != null) o.put("body", ev.body().text());
            if (ev.charge() != null) o.put("charge", ev.charge().text());
            if (ev.term() != null) o.put("term", ev.term().text());
        }
        root.put("burial_place", text(e.burialPlace()));
        ObjectNode ev = root.putObject("evidence");
        put(ev, "birth_place", e.birthPlace());
        put(ev, "nationality", e.nationality());
        put(ev, "party", e.party().span());
        put(ev, "occupation", e.occupation());
        put(ev, "address", e.address());
        put(ev, "burial_place", e.burialPlace());
        ArrayNode problems = root.putArray("issues");
        e.problems().forEach(p -> problems.add(p.reason()));
        return root;
    }

    private static void put(ObjectNode o, String key, TextSpan s) {
        if (s != null) o.set(key, evidence(s));
    }

    private static ObjectNode evidence(TextSpan s) {
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.put("text", s.text());
        o.put("start", s.start());
        o.put("end", s.end());
        return o;
    }

    private static String text(TextSpan s) {
        return s == null ? null : s.text();
    }
}

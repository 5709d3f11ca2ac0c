package org.snegov.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.snegov.model.Evidence;
import org.snegov.model.EventType;
import org.snegov.model.LifeEvent;
import org.snegov.model.Mention;
import org.snegov.model.NameKind;
import org.snegov.model.PartialDate;
import org.snegov.model.PersonName;
import org.snegov.model.Place;
import org.snegov.model.Relation;
import org.snegov.model.RelationType;
import org.snegov.model.SourceRecord;
import org.snegov.model.Vital;

final class JdbiRecordRepository implements RecordRepository {

    private final Handle handle;

    JdbiRecordRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void add(SourceRecord record, int position) {
        handle.createUpdate("INSERT INTO records (id, source_id, position, producer) VALUES (:id, :source, :pos, :producer)")
                .bind("id", record.id()).bind("source", record.sourceId()).bind("pos", position)
                .bind("producer", record.producer()).execute();
        addNames(record);
        addVital(record.id(), "birth", record.birth());
        addVital(record.id(), "death", record.death());
        addEvents(record);
        addMentions(record);
        addRelations(record);
    }

    private void addNames(SourceRecord record) {
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO names (record_id, position, kind, full_name, surname, given, patronymic, ev_start, ev_end, ev_text)
                VALUES (:record, :pos, :kind, :full, :surname, :given, :patronymic, :start, :end, :text)""");
        for (int i = 0; i < record.names().size(); i++) {
            PersonName n = record.names().get(i);
            bindEvidence(batch, n.evidence()).bind("record", record.id()).bind("pos", i).bind("kind", n.kind().name())
                    .bind("full", n.full()).bind("surname", n.surname()).bind("given", n.given())
                    .bind("patronymic", n.patronymic()).add();
        }
        batch.execute();
    }

    private void addVital(String recordId, String kind, Vital vital) {
        if (vital == null) {
            return;
        }
        bindEvidence(handle.createUpdate("""
                INSERT INTO vitals (record_id, kind, date, place, ev_start, ev_end, ev_text)
                VALUES (:record, :kind, :date, :place, :start, :end, :text)"""), vital.evidence())
                .bind("record", recordId).bind("kind", kind).bind("date", text(vital.date()))
                .bind("place", vital.place() == null ? null : vital.place().asWritten()).execute();
    }

    private void addEvents(SourceRecord record) {
        if (record.events().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO events (record_id, position, type, date, until, place, conflicting, ev_start, ev_end, ev_text)
                VALUES (:record, :pos, :type, :date, :until, :place, :conflicting, :start, :end, :text)""");
        for (int i = 0; i < record.events().size(); i++) {
            LifeEvent e = record.events().get(i);
            bindEvidence(batch, e.evidence()).bind("record", record.id()).bind("pos", i).bind("type", e.type().code())
                    .bind("date", text(e.date())).bind("until", text(e.until()))
                    .bind("place", e.place() == null ? null : e.place().asWritten())
                    .bind("conflicting", e.conflicting()).add();
        }
        batch.execute();
    }

    private void addMentions(SourceRecord record) {
        if (record.mentions().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO mentions (record_id, position, name, ev_start, ev_end, ev_text)
                VALUES (:record, :pos, :name, :start, :end, :text)""");
        for (int i = 0; i < record.mentions().size(); i++) {
            Mention m = record.mentions().get(i);
            bindEvidence(batch, m.evidence()).bind("record", record.id()).bind("pos", i).bind("name", m.name()).add();
        }
        batch.execute();
    }

    private void addRelations(SourceRecord record) {
        if (record.relations().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO relations (record_id, position, person, type, ev_start, ev_end, ev_text)
                VALUES (:record, :pos, :person, :type, :start, :end, :text)""");
        for (int i = 0; i < record.relations().size(); i++) {
            Relation r = record.relations().get(i);
            bindEvidence(batch, r.evidence()).bind("record", record.id()).bind("pos", i).bind("person", r.person())
                    .bind("type", r.type().code()).add();
        }
        batch.execute();
    }

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindEvidence(S statement, Evidence ev) {
        return statement.bind("start", ev.start()).bind("end", ev.end()).bind("text", ev.text());
    }

    private static String text(PartialDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public Optional<SourceRecord> find(String recordId) {
        return handle.createQuery("SELECT id, source_id, producer FROM records WHERE id = :id").bind("id", recordId)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .findOne().map(row -> load(row[0], row[1], row[2]));
    }

    @Override
    public List<SourceRecord> ofSource(String sourceId) {
        return handle.createQuery("SELECT id, source_id, producer FROM records WHERE source_id = :s ORDER BY position")
                .bind("s", sourceId)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list().stream().map(row -> load(row[0], row[1], row[2])).toList();
    }

    private SourceRecord load(String id, String sourceId, String producer) {
        List<PersonName> names = handle.createQuery("SELECT * FROM names WHERE record_id = :r ORDER BY position")
                .bind("r", id)
                .map((rs, ctx) -> new PersonName(rs.getString("full_name"), rs.getString("surname"),
                        rs.getString("given"), rs.getString("patronymic"), NameKind.valueOf(rs.getString("kind")),
                        evidence(rs, sourceId)))
                .list();
        Vital birth = vital(id, sourceId, "birth");
        Vital death = vital(id, sourceId, "death");
        List<LifeEvent> events = handle.createQuery("SELECT * FROM events WHERE record_id = :r ORDER BY position")
                .bind("r", id)
                .map((rs, ctx) -> new LifeEvent(EventType.fromCode(rs.getString("type")).orElse(EventType.OTHER),
                        date(rs.getString("date")), date(rs.getString("until")), place(rs.getString("place")),
                        evidence(rs, sourceId), rs.getBoolean("conflicting")))
                .list();
        List<Mention> mentions = handle.createQuery("SELECT * FROM mentions WHERE record_id = :r ORDER BY position")
                .bind("r", id)
                .map((rs, ctx) -> new Mention(rs.getString("name"), evidence(rs, sourceId)))
                .list();
        List<Relation> relations = handle.createQuery("SELECT * FROM relations WHERE record_id = :r ORDER BY position")
                .bind("r", id)
                .map((rs, ctx) -> new Relation(rs.getString("person"),
                        RelationType.valueOf(rs.getString("type").toUpperCase(java.util.Locale.ROOT)),
                        evidence(rs, sourceId)))
                .list();
        return new SourceRecord(id, sourceId, producer, names, birth, death, events, mentions, relations);
    }

    private Vital vital(String recordId, String sourceId, String kind) {
        return handle.createQuery("SELECT * FROM vitals WHERE record_id = :r AND kind = :k")
                .bind("r", recordId).bind("k", kind)
                .map((rs, ctx) -> new Vital(date(rs.getString("date")), place(rs.getString("place")),
                        evidence(rs, sourceId)))
                .findOne().orElse(null);
    }

    private static Evidence evidence(ResultSet rs, String sourceId) throws SQLException {
        return new Evidence(sourceId, rs.getInt("ev_start"), rs.getInt("ev_end"), rs.getString("ev_text"));
    }

    private static PartialDate date(String value) {
        return value == null ? null : PartialDate.parse(value);
    }

    private static Place place(String value) {
        return value == null ? null : Place.of(value);
    }
}

package org.snegov.store;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.snegov.model.Evidence;
import org.snegov.model.Fact;
import org.snegov.model.FactKind;
import org.snegov.model.Issue;
import org.snegov.model.LifeEvent;
import org.snegov.model.Person;
import org.snegov.model.PersonName;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;
import org.snegov.model.Vital;

/** Batches through plain prepared statements on the handle's connection: one statement per table per batch. */
final class JdbiImportRepository implements ImportRepository {

    private static final int CHUNK = 1 << 20;

    private final Handle handle;

    JdbiImportRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<ImportProgress> progress(String sourceId) {
        return handle.createQuery("SELECT * FROM imports WHERE source_id = :s").bind("s", sourceId)
                .map((rs, ctx) -> new ImportProgress(rs.getString("source_id"), rs.getString("reader"),
                        rs.getString("mapping"), "done".equals(rs.getString("status")), rs.getInt("next_row"),
                        rs.getLong("records"), rs.getLong("issues"), rs.getInt("indexed_row")))
                .findOne();
    }

    @Override
    public void start(Source source, InputStream content, String reader, String mapping) throws IOException {
        new JdbiSourceRepository(handle).add(source);
        try (PreparedStatement ps = connection().prepareStatement(
                "INSERT INTO source_chunks (source_id, seq, content) VALUES (?, ?, ?)")) {
            int seq = 0;
            long size = 0;
            while (true) {
                byte[] chunk = content.readNBytes(CHUNK);
                if (chunk.length == 0) break;
                ps.setString(1, source.id());
                ps.setInt(2, seq++);
                ps.setBytes(3, chunk);
                ps.executeUpdate();
                size += chunk.length;
            }
            // The source row holds no bytes itself; its size is the chunks' (pages decide by it what to read).
            handle.createUpdate("UPDATE sources SET byte_size = :size WHERE id = :id")
                    .bind("size", size).bind("id", source.id()).execute();
        } catch (SQLException e) {
            throw new StoreException("Could not store the bytes of " + source.name(), e);
        }
        handle.createUpdate("""
                INSERT INTO imports (source_id, reader, mapping, status, next_row, records, issues, indexed_row, started_at, updated_at)
                VALUES (:s, :reader, :mapping, 'running', 0, 0, 0, 0, :at, :at)""")
                .bind("s", source.id()).bind("reader", reader).bind("mapping", mapping)
                .bind("at", source.importedAt().toString()).execute();
    }

    @Override
    public void addBatch(String sourceId, List<SourceRecord> records, int firstPosition, List<Fact> facts,
                         List<Issue> issues, long firstIssue, int nextRow, Instant at) {
        Connection c = connection();
        try (PreparedStatement rec = c.prepareStatement("INSERT INTO records (id, source_id, position, producer) VALUES (?, ?, ?, ?)");
             PreparedStatement name = c.prepareStatement("INSERT INTO names (record_id, position, kind, full_name, surname, given, patronymic, ev_start, ev_end, ev_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement vital = c.prepareStatement("INSERT INTO vitals (record_id, kind, date, place, ev_start, ev_end, ev_text) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement event = c.prepareStatement("INSERT INTO events (record_id, position, type, date, until, place, conflicting, ev_start, ev_end, ev_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement fact = c.prepareStatement("INSERT INTO facts (record_id, position, kind, value, event, ev_start, ev_end, ev_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement person = c.prepareStatement("INSERT INTO persons (id, created_at) VALUES (?, ?)");
             PreparedStatement link = c.prepareStatement("INSERT INTO person_records (record_id, person_id) VALUES (?, ?)");
             PreparedStatement issue = c.prepareStatement("INSERT INTO issues (source_id, position, line, col, reason, raw) VALUES (?, ?, ?, ?, ?, ?)")) {
            String created = at.toString();
            int position = firstPosition;
            for (SourceRecord r : records) {
                rec.setString(1, r.id());
                rec.setString(2, r.sourceId());
                rec.setInt(3, position++);
                rec.setString(4, r.producer());
                rec.addBatch();
                for (int i = 0; i < r.names().size(); i++) {
                    PersonName n = r.names().get(i);
                    name.setString(1, r.id());
                    name.setInt(2, i);
                    name.setString(3, n.kind().name());
                    name.setString(4, n.full());
                    name.setString(5, n.surname());
                    name.setString(6, n.given());
                    name.setString(7, n.patronymic());
                    evidence(name, 8, n.evidence());
                    name.addBatch();
                }
                vital(vital, r.id(), "birth", r.birth());
                vital(vital, r.id(), "death", r.death());
                for (int i = 0; i < r.events().size(); i++) {
                    LifeEvent e = r.events().get(i);
                    event.setString(1, r.id());
                    event.setInt(2, i);
                    event.setString(3, e.type().code());
                    event.setString(4, e.date() == null ? null : e.date().toString());
                    event.setString(5, e.until() == null ? null : e.until().toString());
                    event.setString(6, e.place() == null ? null : e.place().asWritten());
                    event.setBoolean(7, e.conflicting());
                    evidence(event, 8, e.evidence());
                    event.addBatch();
                }
                String personId = Person.idFor(r.id());
                person.setString(1, personId);
                person.setString(2, created);
                person.addBatch();
                link.setString(1, r.id());
                link.setString(2, personId);
                link.addBatch();
            }
            String last = null;
            int pos = 0;
            for (Fact f : facts) {
                pos = f.recordId().equals(last) ? pos + 1 : 0;
                last = f.recordId();
                fact.setString(1, f.recordId());
                fact.setInt(2, pos);
                fact.setString(3, f.kind().code());
                fact.setString(4, f.value());
                fact.setInt(5, f.event());
                evidence(fact, 6, f.evidence());
                fact.addBatch();
            }
            long ip = firstIssue;
            for (Issue i : issues) {
                issue.setString(1, sourceId);
                issue.setLong(2, ip++);
                issue.setInt(3, i.line());
                issue.setInt(4, i.column());
                issue.setString(5, i.reason());
                issue.setString(6, i.raw());
                issue.addBatch();
            }
            rec.executeBatch();
            name.executeBatch();
            vital.executeBatch();
            event.executeBatch();
            fact.executeBatch();
            person.executeBatch();
            link.executeBatch();
            issue.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("Could not store a batch of " + records.size() + " records of source " + sourceId, e);
        }
        handle.createUpdate("""
                UPDATE imports SET next_row = :next, records = records + :records, issues = issues + :issues, updated_at = :at
                WHERE source_id = :s""")
                .bind("next", nextRow).bind("records", records.size()).bind("issues", issues.size())
                .bind("at", at.toString()).bind("s", sourceId).execute();
    }

    @Override
    public void mark(String sourceId, int indexedRow, boolean done, Instant at) {
        handle.createUpdate("UPDATE imports SET indexed_row = :row, status = :status, updated_at = :at WHERE source_id = :s")
                .bind("row", indexedRow).bind("status", done ? "done" : "running").bind("at", at.toString())
                .bind("s", sourceId).execute();
    }

    @Override
    public List<Fact> factsOf(String recordId) {
        return handle.createQuery("SELECT f.*, r.source_id FROM facts f JOIN records r ON r.id = f.record_id WHERE f.record_id = :r ORDER BY f.position")
                .bind("r", recordId)
                .map((rs, ctx) -> new Fact(recordId, FactKind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                        rs.getString("value"), rs.getInt("event"),
                        new Evidence(rs.getString("source_id"), rs.getInt("ev_start"), rs.getInt("ev_end"), rs.getString("ev_text"))))
                .list();
    }

    private static void vital(PreparedStatement ps, String recordId, String kind, Vital v) throws SQLException {
        if (v == null) return;
        ps.setString(1, recordId);
        ps.setString(2, kind);
        ps.setString(3, v.date() == null ? null : v.date().toString());
        if (v.place() == null) ps.setNull(4, Types.VARCHAR);
        else ps.setString(4, v.place().asWritten());
        evidence(ps, 5, v.evidence());
        ps.addBatch();
    }

    private static void evidence(PreparedStatement ps, int at, Evidence ev) throws SQLException {
        ps.setInt(at, ev.start());
        ps.setInt(at + 1, ev.end());
        ps.setString(at + 2, ev.text());
    }

    private Connection connection() {
        return handle.getConnection();
    }
}

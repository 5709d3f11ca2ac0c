package org.snegov.store;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

final class JdbiLinkRepository implements LinkRepository {

    private final Handle handle;

    JdbiLinkRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public List<LinkableRecord> linkable() {
        return handle.createQuery("""
                SELECT r.id, r.source_id,
                  (SELECT n.surname FROM names n WHERE n.record_id = r.id ORDER BY n.position LIMIT 1) AS surname,
                  (SELECT n.given FROM names n WHERE n.record_id = r.id ORDER BY n.position LIMIT 1) AS given,
                  (SELECT n.patronymic FROM names n WHERE n.record_id = r.id ORDER BY n.position LIMIT 1) AS patronymic,
                  v.date AS birth_date, v.place AS birth_place
                FROM records r LEFT JOIN vitals v ON v.record_id = r.id AND v.kind = 'birth'
                ORDER BY r.id""")
                .map((rs, ctx) -> new LinkableRecord(rs.getString("id"), rs.getString("source_id"),
                        rs.getString("surname"), rs.getString("given"), rs.getString("patronymic"),
                        rs.getString("birth_date"), rs.getString("birth_place")))
                .list();
    }

    @Override
    public Map<String, String> membership() {
        Map<String, String> out = new HashMap<>();
        handle.createQuery("SELECT record_id, person_id FROM person_records")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public Map<String, Instant> personsCreated() {
        Map<String, Instant> out = new LinkedHashMap<>();
        handle.createQuery("SELECT id, created_at FROM persons ORDER BY created_at, id")
                .map((rs, ctx) -> Map.entry(rs.getString(1), Instant.parse(rs.getString(2))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public List<String> linkedRecordIds() {
        return handle.createQuery("SELECT record_id FROM linked_records").mapTo(String.class).list();
    }

    @Override
    public Optional<Run> lastRun() {
        return handle.createQuery("SELECT * FROM link_runs ORDER BY started_at DESC, id DESC LIMIT 1")
                .map((rs, ctx) -> new Run(rs.getString("id"), Instant.parse(rs.getString("started_at")),
                        rs.getString("producer"), rs.getInt("records"), rs.getInt("focus_records"),
                        rs.getLong("candidate_pairs"), rs.getInt("links"), rs.getInt("persons_changed")))
                .findOne();
    }

    @Override
    public void addRun(Run run, Collection<String> recordIds) {
        handle.createUpdate("""
                INSERT INTO link_runs (id, started_at, producer, records, focus_records, candidate_pairs, links,
                  persons_changed) VALUES (:id, :at, :producer, :records, :focus, :pairs, :links, :changed)""")
                .bind("id", run.id()).bind("at", run.startedAt().toString()).bind("producer", run.producer())
                .bind("records", run.records()).bind("focus", run.focusRecords()).bind("pairs", run.candidatePairs())
                .bind("links", run.links()).bind("changed", run.personsChanged()).execute();
        PreparedBatch delete = handle.prepareBatch("DELETE FROM linked_records WHERE record_id = :r");
        PreparedBatch insert = handle.prepareBatch("INSERT INTO linked_records (record_id, run_id) VALUES (:r, :run)");
        for (String r : recordIds) {
            delete.bind("r", r).add();
            insert.bind("r", r).bind("run", run.id()).add();
        }
        if (!recordIds.isEmpty()) {
            delete.execute();
            insert.execute();
        }
    }

    @Override
    public void replaceLinks(Collection<String> recordIds, List<StoredLink> links, String producer, String runId) {
        if (!recordIds.isEmpty()) {
            PreparedBatch delete = handle.prepareBatch("DELETE FROM links WHERE left_id = :r OR right_id = :r");
            recordIds.forEach(r -> delete.bind("r", r).add());
            delete.execute();
        }
        if (!links.isEmpty()) {
            PreparedBatch insert = handle.prepareBatch("""
                    INSERT INTO links (left_id, right_id, weight, probability, kind, producer, run_id, fields)
                    VALUES (:l, :r, :w, :p, :k, :producer, :run, :fields)""");
            for (StoredLink l : links) {
                insert.bind("l", l.left()).bind("r", l.right()).bind("w", l.weight()).bind("p", l.probability())
                        .bind("k", l.kind()).bind("producer", producer).bind("run", runId)
                        .bind("fields", l.fields()).add();
            }
            insert.execute();
        }
    }

    @Override
    public List<StoredLink> maybeLinks(int limit) {
        return handle.createQuery("""
                SELECT left_id, right_id, weight, probability, kind FROM links WHERE kind = 'maybe'
                ORDER BY probability DESC, left_id, right_id LIMIT :limit""").bind("limit", limit)
                .map((rs, ctx) -> new StoredLink(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getString(5)))
                .list();
    }

    @Override
    public Optional<StoredLink> link(String left, String right) {
        return handle.createQuery("""
                SELECT left_id, right_id, weight, probability, kind, fields FROM links
                WHERE left_id = :l AND right_id = :r""")
                .bind("l", left).bind("r", right)
                .map((rs, ctx) -> new StoredLink(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getString(5), rs.getString(6)))
                .findOne();
    }

    @Override
    public void addDecision(Decision d) {
        handle.createUpdate("""
                INSERT INTO decisions (id, left_id, right_id, verdict, author, note, decided_at, retracted_at)
                VALUES (:id, :l, :r, :v, :a, :n, :at, NULL)""")
                .bind("id", d.id()).bind("l", d.left()).bind("r", d.right()).bind("v", d.verdict())
                .bind("a", d.author()).bind("n", d.note()).bind("at", d.decidedAt().toString()).execute();
    }

    @Override
    public boolean retractDecision(String id, Instant at) {
        return handle.createUpdate("UPDATE decisions SET retracted_at = :at WHERE id = :id AND retracted_at IS NULL")
                .bind("at", at.toString()).bind("id", id).execute() == 1;
    }

    @Override
    public List<Decision> decisions() {
        return handle.createQuery("SELECT * FROM decisions WHERE retracted_at IS NULL ORDER BY decided_at, id")
                .map((rs, ctx) -> new Decision(rs.getString("id"), rs.getString("left_id"), rs.getString("right_id"),
                        rs.getString("verdict"), rs.getString("author"), rs.getString("note"),
                        Instant.parse(rs.getString("decided_at")), null))
                .list();
    }

    @Override
    public void reassign(Map<String, String> recordToPerson, Map<String, String> redirects, Instant at) {
        PreparedBatch create = handle.prepareBatch("INSERT INTO persons (id, created_at) VALUES (:id, :at)");
        int created = 0;
        for (String person : new java.util.TreeSet<>(recordToPerson.values())) {
            boolean exists = handle.createQuery("SELECT COUNT(*) FROM persons WHERE id = :id").bind("id", person)
                    .mapTo(Integer.class).one() > 0;
            if (!exists) {
                create.bind("id", person).bind("at", at.toString()).add();
                created++;
            }
        }
        if (created > 0) {
            create.execute();
        }
        if (!recordToPerson.isEmpty()) {
            PreparedBatch move = handle.prepareBatch("UPDATE person_records SET person_id = :p WHERE record_id = :r");
            recordToPerson.forEach((r, p) -> move.bind("r", r).bind("p", p).add());
            move.execute();
        }
        handle.createUpdate("DELETE FROM persons WHERE id NOT IN (SELECT person_id FROM person_records)").execute();
        if (!redirects.isEmpty()) {
            PreparedBatch redirect = handle.prepareBatch("""
                    INSERT INTO person_redirects (from_id, to_id, redirected_at) VALUES (:f, :t, :at)""");
            PreparedBatch clear = handle.prepareBatch("DELETE FROM person_redirects WHERE from_id = :f");
            redirects.forEach((f, t) -> {
                clear.bind("f", f).add();
                redirect.bind("f", f).bind("t", t).bind("at", at.toString()).add();
            });
            clear.execute();
            redirect.execute();
        }
    }

    @Override
    public Optional<String> resolvePerson(String personId) {
        String id = personId;
        for (int hops = 0; hops < 64; hops++) {
            boolean live = handle.createQuery("SELECT COUNT(*) FROM persons WHERE id = :id").bind("id", id)
                    .mapTo(Integer.class).one() > 0;
            if (live) {
                return Optional.of(id);
            }
            Optional<String> next = handle.createQuery("SELECT to_id FROM person_redirects WHERE from_id = :id")
                    .bind("id", id).mapTo(String.class).findOne();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            id = next.get();
        }
        return Optional.empty();
    }
}

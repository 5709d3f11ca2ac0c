package org.snegov.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.snegov.model.Source;

final class JdbiSourceRepository implements SourceRepository {

    private final Handle handle;

    JdbiSourceRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public boolean contains(String sourceId) {
        return handle.createQuery("SELECT 1 FROM sources WHERE id = :id").bind("id", sourceId)
                .mapTo(Integer.class).findOne().isPresent();
    }

    @Override
    public void add(Source source) {
        handle.createUpdate("""
                INSERT INTO sources (id, name, media_type, content, byte_size, imported_at)
                VALUES (:id, :name, :mediaType, :content, :size, :importedAt)""")
                .bind("id", source.id()).bind("name", source.name()).bind("mediaType", source.mediaType())
                .bind("content", source.content()).bind("size", (long) source.content().length)
                .bind("importedAt", source.importedAt().toString()).execute();
    }

    @Override
    public Optional<Source> find(String sourceId) {
        return handle.createQuery("SELECT id, name, media_type, content, imported_at FROM sources WHERE id = :id")
                .bind("id", sourceId)
                .map((rs, ctx) -> new Source(rs.getString("id"), rs.getString("name"), rs.getString("media_type"),
                        rs.getBytes("content"), Instant.parse(rs.getString("imported_at"))))
                .findOne().map(this::withChunks);
    }

    /** A source imported in chunks (see {@link ImportRepository}) has its bytes in source_chunks. */
    private Source withChunks(Source source) {
        if (source.content().length > 0) {
            return source;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        handle.createQuery("SELECT content FROM source_chunks WHERE source_id = :id ORDER BY seq").bind("id", source.id())
                .map((rs, ctx) -> rs.getBytes(1)).forEach(bytes::writeBytes);
        return bytes.size() == 0 ? source
                : new Source(source.id(), source.name(), source.mediaType(), bytes.toByteArray(), source.importedAt());
    }

    @Override
    public Optional<String> name(String sourceId) {
        return handle.createQuery("SELECT name FROM sources WHERE id = :id").bind("id", sourceId)
                .mapTo(String.class).findOne();
    }

    @Override
    public java.util.OptionalLong byteSize(String sourceId) {
        return handle.createQuery("SELECT byte_size FROM sources WHERE id = :id").bind("id", sourceId)
                .mapTo(Long.class).findOne().map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty());
    }

    @Override
    public Optional<SourceSummary> summary(String sourceId) {
        return handle.createQuery(SUMMARY + " WHERE s.id = :id").bind("id", sourceId)
                .map(JdbiSourceRepository::summaryRow).findOne();
    }

    @Override
    public List<SourceSummary> list() {
        return handle.createQuery(SUMMARY + " ORDER BY s.imported_at DESC, s.name")
                .map(JdbiSourceRepository::summaryRow).list();
    }

    private static final String SUMMARY = """
            SELECT s.id, s.name, s.media_type, s.byte_size, s.imported_at,
                   (SELECT COUNT(*) FROM records r WHERE r.source_id = s.id) AS n_records,
                   (SELECT COUNT(*) FROM issues i WHERE i.source_id = s.id) AS n_issues
            FROM sources s""";

    private static SourceSummary summaryRow(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new SourceSummary(rs.getString("id"), rs.getString("name"), rs.getString("media_type"),
                rs.getLong("byte_size"), Instant.parse(rs.getString("imported_at")), rs.getInt("n_records"),
                rs.getInt("n_issues"));
    }
}

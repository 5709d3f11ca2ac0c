package org.snegov.app.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.snegov.model.Evidence;
import org.snegov.model.LifeEvent;
import org.snegov.model.Person;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;
import org.snegov.store.SourceSummary;

/** Builds source pages: the verbatim text with every extracted span marked. */
public final class SourceService {

    private static final Pattern SOURCE_ID = Pattern.compile("[0-9a-f]{64}");

    private final Registry registry;

    public SourceService(Registry registry) {
        this.registry = registry;
    }

    /** The stored sources, newest first. */
    public List<SourceSummary> list() {
        return registry.store().read(r -> r.sources().list());
    }

    /**
     * The source called {@code sourceId}.
     *
     * @throws RegistryException {@link Failure#NOT_FOUND} for an unknown or malformed id
     */
    public SourceView show(String sourceId) {
        if (sourceId == null || !SOURCE_ID.matcher(sourceId).matches()) {
            throw RegistryException.notFound("No source with id '" + sourceId + "'; ids are 64 hex digits");
        }
        return registry.store().read(r -> {
            Source source = r.sources().find(sourceId)
                    .orElseThrow(() -> RegistryException.notFound("No source with id '" + sourceId + "'"));
            SourceSummary summary = r.sources().list().stream().filter(s -> s.id().equals(sourceId)).findFirst()
                    .orElseThrow();
            List<Claim> claims = new ArrayList<>();
            for (SourceRecord rec : r.records().ofSource(sourceId)) {
                String personId = r.persons().personOf(rec.id()).orElse(Person.idFor(rec.id()));
                rec.names().forEach(n -> claims.add(new Claim(n.evidence(), "name", personId)));
                if (rec.birth() != null) claims.add(new Claim(rec.birth().evidence(), "birth", personId));
                if (rec.death() != null) claims.add(new Claim(rec.death().evidence(), "death", personId));
                for (LifeEvent e : rec.events()) {
                    claims.add(new Claim(e.evidence(),
                            e.type().code() + (e.date() == null ? "" : " " + e.date()), personId));
                }
            }
            return new SourceView(summary, segments(source.text(), claims));
        });
    }

    private record Claim(Evidence evidence, String label, String personId) {
    }

    /** Cuts {@code text} into plain runs and runs covered by merged, overlapping claim spans. */
    static List<SourceView.Segment> segments(String text, List<Claim> claims) {
        List<Claim> sorted = new ArrayList<>(claims.stream()
                .filter(c -> c.evidence().end() <= text.length() && c.evidence().end() > c.evidence().start())
                .toList());
        sorted.sort(Comparator.comparingInt((Claim c) -> c.evidence().start()).thenComparingInt(c -> c.evidence().end()));
        List<SourceView.Segment> out = new ArrayList<>();
        int pos = 0;
        int i = 0;
        while (i < sorted.size()) {
            Claim first = sorted.get(i);
            int start = Math.max(first.evidence().start(), pos);
            int end = first.evidence().end();
            List<Integer> starts = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            while (i < sorted.size() && sorted.get(i).evidence().start() < end) {
                Claim c = sorted.get(i);
                end = Math.max(end, c.evidence().end());
                if (!starts.contains(c.evidence().start())) starts.add(c.evidence().start());
                if (!labels.contains(c.label())) labels.add(c.label());
                i++;
            }
            if (start > pos) {
                out.add(new SourceView.Segment(text.substring(pos, start), List.of(), List.of(), null));
            }
            if (end > start) {
                out.add(new SourceView.Segment(text.substring(start, end), starts, labels, first.personId()));
            }
            pos = Math.max(pos, end);
        }
        if (pos < text.length()) {
            out.add(new SourceView.Segment(text.substring(pos), List.of(), List.of(), null));
        }
        return out;
    }
}

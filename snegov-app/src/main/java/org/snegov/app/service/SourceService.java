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

    /** The source called {@code sourceId}, the whole of it when small; see {@link #show(String, int, int)}. */
    public SourceView show(String sourceId) {
        return show(sourceId, -1, 0);
    }

    /**
     * The source called {@code sourceId}. A source up to {@value PersonService#CONTEXT_LIMIT_BYTES} bytes is shown
     * whole with every extracted span marked. A larger list is shown as a window of about {@value #WINDOW} characters
     * around character {@code at} (its start when {@code at} is negative), with the span {@code [at, at + length)}
     * marked: reading every record of a list of millions to mark them all would not serve a page.
     *
     * @throws RegistryException {@link Failure#NOT_FOUND} for an unknown or malformed id
     */
    public SourceView show(String sourceId, int at, int length) {
        if (sourceId == null || !SOURCE_ID.matcher(sourceId).matches()) {
            throw RegistryException.notFound("No source with id '" + sourceId + "'; ids are 64 hex digits");
        }
        return registry.store().read(r -> {
            SourceSummary summary = r.sources().summary(sourceId)
                    .orElseThrow(() -> RegistryException.notFound("No source with id '" + sourceId + "'"));
            Source source = r.sources().find(sourceId).orElseThrow();
            String text = source.text();
            if (summary.byteSize() > PersonService.CONTEXT_LIMIT_BYTES) {
                return window(summary, text, at, length);
            }
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
            return new SourceView(summary, segments(text, claims), 0, text.length(), text.length());
        });
    }

    /** Characters shown of a large source. */
    static final int WINDOW = 8_000;

    private static SourceView window(SourceSummary summary, String text, int at, int length) {
        int focus = Math.max(0, Math.min(at, text.length()));
        int start = Math.max(0, focus - WINDOW / 2);
        while (start > 0 && text.charAt(start - 1) != '\n') {
            start--;
        }
        int stop = Math.min(text.length(), Math.max(focus + length, start + WINDOW));
        while (stop < text.length() && text.charAt(stop - 1) != '\n') {
            stop++;
        }
        final int from = start;
        final int to = stop;
        List<Claim> claims = new ArrayList<>();
        if (at >= 0 && length > 0 && at + length <= text.length()) {
            claims.add(new Claim(Evidence.of(summary.id(), text, at, at + length), "cited", null));
        }
        List<SourceView.Segment> shifted = new ArrayList<>();
        String part = text.substring(from, to);
        List<Claim> local = claims.stream().filter(c -> c.evidence().start() >= from && c.evidence().end() <= to)
                .map(c -> new Claim(Evidence.of(summary.id(), part, c.evidence().start() - from,
                        c.evidence().end() - from), c.label(), c.personId()))
                .toList();
        for (SourceView.Segment seg : segments(part, local)) {
            shifted.add(new SourceView.Segment(seg.text(), seg.starts().stream().map(s -> s + from).toList(),
                    seg.labels(), seg.personId()));
        }
        return new SourceView(summary, shifted, from, to, text.length());
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

package org.snegov.app.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.snegov.model.Evidence;
import org.snegov.model.Fact;
import org.snegov.model.LifeEvent;
import org.snegov.model.Mention;
import org.snegov.model.PartialDate;
import org.snegov.model.Person;
import org.snegov.model.PersonName;
import org.snegov.model.Relation;
import org.snegov.model.SourceRecord;
import org.snegov.model.Vital;
import org.snegov.store.Repositories;

/** Builds person pages from the store. */
public final class PersonService {

    private static final Pattern PERSON_ID = Pattern.compile("p[0-9a-f]{6,32}");
    /** Sources up to this size are read whole to show each fact's sentence; larger lists show the fact alone. */
    static final long CONTEXT_LIMIT_BYTES = 2L << 20;
    /** Links are listed for persons of up to this many records. */
    private static final int MAX_LINKED_RECORDS = 60;

    /** How many sources' names and sizes are kept between pages. */
    private static final int CACHED_SOURCES = 10_000;

    private final Registry registry;
    /** Name and size of the sources pages have shown lately: every page of a person asks for them. */
    private final Map<String, SourceBrief> briefs = new java.util.concurrent.ConcurrentHashMap<>();

    public PersonService(Registry registry) {
        this.registry = registry;
    }

    /**
     * Where {@code personId} leads now: itself, the person it was merged into, or empty when it never existed.
     * Malformed ids lead nowhere.
     */
    public Optional<String> resolve(String personId) {
        if (personId == null || !PERSON_ID.matcher(personId).matches()) {
            return Optional.empty();
        }
        return registry.store().read(r -> r.links().resolvePerson(personId));
    }

    /**
     * The person called {@code personId}.
     *
     * @throws RegistryException {@link Failure#NOT_FOUND} for an unknown or malformed id
     */
    public PersonView show(String personId) {
        if (personId == null || !PERSON_ID.matcher(personId).matches()) {
            throw RegistryException.notFound("No person with id '" + personId + "'; ids look like p41e89a6beab4395b");
        }
        return registry.store().read(r -> {
            Person person = r.persons().find(personId)
                    .orElseThrow(() -> RegistryException.notFound("No person with id '" + personId + "'"));
            return view(person, r, briefs);
        });
    }

    private static PersonView view(Person person, Repositories r, Map<String, SourceBrief> briefs) {
        Map<String, SourceBrief> summaries = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (SourceRecord rec : person.records()) {
            summaries.computeIfAbsent(rec.sourceId(), id -> brief(id, r, briefs));
        }
        Function<String, String> text = id -> texts.computeIfAbsent(id, k ->
                summaries.get(k).byteSize() <= CONTEXT_LIMIT_BYTES ? r.sources().find(k).orElseThrow().text() : "");
        List<PersonName> names = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        List<PersonView.RecordRef> records = new ArrayList<>();
        List<PersonView.FactRef> facts = new ArrayList<>();
        Vital birth = null;
        Vital death = null;
        for (SourceRecord rec : person.records()) {
            SourceBrief source = summaries.get(rec.sourceId());
            for (PersonName n : rec.names()) {
                if (names.stream().noneMatch(k -> k.full().equals(n.full()))) {
                    names.add(n);
                }
            }
            birth = birth != null ? birth : rec.birth();
            death = death != null ? death : rec.death();
            for (LifeEvent e : rec.events()) {
                timeline.add(new TimelineEntry(e, source.id(), source.name(), excerpt(text.apply(source.id()), e.evidence())));
            }
            mentions.addAll(rec.mentions());
            relations.addAll(rec.relations());
            records.add(new PersonView.RecordRef(rec.id(), source.id(), source.name(), rec.producer(),
                    rec.primaryName().full(), rec.birth() == null ? null : rec.birth().date(),
                    rec.birth() == null || rec.birth().place() == null ? null : rec.birth().place().asWritten(),
                    rec.primaryName().evidence()));
            for (Fact f : r.imports().factsOf(rec.id())) {
                facts.add(new PersonView.FactRef(f.kind(), f.value(), source.id(), source.name(), f.evidence()));
            }
        }
        List<PersonView.SourceRef> refs = summaries.values().stream()
                .map(s -> new PersonView.SourceRef(s.id(), s.name())).toList();
        return new PersonView(person, names, birth, death, chronological(timeline), mentions, relations, refs,
                records, links(person, r), conflicts(person, names(summaries)), facts);
    }

    private static Map<String, String> names(Map<String, SourceBrief> sources) {
        Map<String, String> out = new LinkedHashMap<>();
        sources.forEach((id, s) -> out.put(id, s.name()));
        return out;
    }

    /**
     * The brief of source {@code id}, from {@code briefs} or read and kept there. Sources are never changed once
     * imported, so a brief stays true; the map is emptied when it grows past {@value #CACHED_SOURCES}.
     */
    private static SourceBrief brief(String id, Repositories r, Map<String, SourceBrief> briefs) {
        SourceBrief known = briefs.get(id);
        if (known != null) {
            return known;
        }
        SourceBrief read = new SourceBrief(id, r.sources().name(id).orElseThrow(),
                r.sources().byteSize(id).orElseThrow());
        if (briefs.size() >= CACHED_SOURCES) {
            briefs.clear();
        }
        briefs.put(id, read);
        return read;
    }

    /** What a person page needs of a source: its name, and whether it is small enough to read whole. */
    private record SourceBrief(String id, String name, long byteSize) {
    }

    private static Excerpt excerpt(String sourceText, Evidence evidence) {
        if (sourceText.isEmpty() || evidence.end() > sourceText.length()) {
            return new Excerpt("", evidence.text(), "");
        }
        return Excerpt.around(sourceText, evidence);
    }

    private static List<PersonView.LinkRef> links(Person person, Repositories r) {
        List<PersonView.LinkRef> out = new ArrayList<>();
        List<SourceRecord> recs = person.records();
        if (recs.size() < 2 || recs.size() > MAX_LINKED_RECORDS) {
            return out;
        }
        for (int i = 0; i < recs.size(); i++) {
            for (int j = i + 1; j < recs.size(); j++) {
                String a = recs.get(i).id();
                String b = recs.get(j).id();
                String left = a.compareTo(b) < 0 ? a : b;
                String right = left.equals(a) ? b : a;
                r.links().link(left, right).ifPresent(l ->
                        out.add(new PersonView.LinkRef(l.left(), l.right(), l.weight(), l.probability(), l.kind(),
                                PersonView.FieldShare.parse(l.fields()))));
            }
        }
        return out;
    }

    /** Birth and death values that the records state differently, each with the records stating it. */
    static List<PersonView.Conflict> conflicts(Person person, Map<String, String> sourceNames) {
        List<PersonView.Conflict> out = new ArrayList<>();
        record Field(String name, Function<SourceRecord, Vital> vital, boolean date) {
        }
        for (Field f : List.of(new Field("birth.date", SourceRecord::birth, true),
                new Field("birth.place", SourceRecord::birth, false), new Field("death.date", SourceRecord::death, true),
                new Field("death.place", SourceRecord::death, false))) {
            Map<String, PersonView.ConflictValue> values = new LinkedHashMap<>();
            for (SourceRecord rec : person.records()) {
                Vital v = f.vital().apply(rec);
                if (v == null) {
                    continue;
                }
                String value = f.date() ? (v.date() == null ? null : v.date().toString())
                        : (v.place() == null ? null : v.place().asWritten());
                if (value != null) {
                    values.putIfAbsent(value, new PersonView.ConflictValue(value, rec.id(), rec.sourceId(),
                            sourceNames.get(rec.sourceId()), v.evidence()));
                }
            }
            if (values.size() > 1 && !(f.date() ? sameDates(values.keySet()) : samePlaces(values.keySet()))) {
                out.add(new PersonView.Conflict(f.name(), new ArrayList<>(values.values())));
            }
        }
        return out;
    }

    /** Whether dates that read differently can all mean the same day ("1898" and "1898-03-05" can). */
    static boolean sameDates(java.util.Collection<String> dates) {
        List<PartialDate> parsed = dates.stream().map(PartialDate::parse).toList();
        for (PartialDate a : parsed) {
            for (PartialDate b : parsed) {
                if (a.year() != b.year() || (a.month() != 0 && b.month() != 0 && a.month() != b.month())
                        || (a.day() != 0 && b.day() != 0 && a.day() != b.day())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether place texts that read differently name one place: "Kiev" and "Kiev, Kiev Governorate, Russian
     * Empire", or "Sukhotino" and "Тульская губ., Алексинский уезд, д. Сухотино" (the gazetteer, then the
     * first toponym in one script).
     */
    static boolean samePlaces(java.util.Collection<String> places) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String place : places) {
            String toponym = lastToponym(place);
            var match = org.snegov.places.Gazetteer.standard().resolve(toponym, null);
            keys.add(match.isPresent() ? "g" + match.get().geonameId() : org.snegov.names.NameKeys.canonical(toponym));
        }
        return keys.size() == 1;
    }

    /** The most specific toponym: the first for "Kiev, Kiev Governorate", the last for Memorial's "губ., …, д. X". */
    private static String lastToponym(String place) {
        String[] parts = place.split(",");
        boolean largeToSmall = parts.length > 1 && parts[0].matches("(?iu).*(губ|обл|уезд|край|республик).*");
        return (largeToSmall ? parts[parts.length - 1] : parts[0]).replaceAll("(?iuU)\\b(д|с|г|м|пос|ст)\\.\\s*", "").strip();
    }

    /** Sorts by date; an undated event keeps the date of the event before it in the text, so it stays beside it. */
    static List<TimelineEntry> chronological(List<TimelineEntry> inTextOrder) {
        record Keyed(TimelineEntry entry, PartialDate key, int order) {
        }
        List<Keyed> keyed = new ArrayList<>();
        PartialDate last = null;
        String lastRecordSource = null;
        for (int i = 0; i < inTextOrder.size(); i++) {
            TimelineEntry e = inTextOrder.get(i);
            if (!e.sourceId().equals(lastRecordSource)) {
                last = null; // the carried date never crosses from one source to the next
                lastRecordSource = e.sourceId();
            }
            if (e.event().date() != null) {
                last = e.event().date();
            }
            keyed.add(new Keyed(e, last, i));
        }
        keyed.sort(Comparator.comparing(Keyed::key, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(Keyed::order));
        return keyed.stream().map(Keyed::entry).toList();
    }
}

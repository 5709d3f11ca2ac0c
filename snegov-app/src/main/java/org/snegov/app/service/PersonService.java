package org.snegov.app.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snegov.model.LifeEvent;
import org.snegov.model.Mention;
import org.snegov.model.PartialDate;
import org.snegov.model.Person;
import org.snegov.model.PersonName;
import org.snegov.model.Relation;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;
import org.snegov.model.Vital;

/** Builds person pages from the store. */
public final class PersonService {

    private static final Pattern PERSON_ID = Pattern.compile("p[0-9a-f]{6,32}");

    private final Registry registry;

    public PersonService(Registry registry) {
        this.registry = registry;
    }

    /**
     * The person called {@code personId}.
     *
     * @throws RegistryException {@link Failure#NOT_FOUND} for an unknown or malformed id
     */
    public PersonView show(String personId) {
        if (personId == null || !PERSON_ID.matcher(personId).matches()) {
            throw RegistryException.notFound("No person with id '" + personId + "'; ids look like p3f9a1c2b7d");
        }
        return registry.store().read(r -> {
            Person person = r.persons().find(personId)
                    .orElseThrow(() -> RegistryException.notFound("No person with id '" + personId + "'"));
            Map<String, Source> sources = new LinkedHashMap<>();
            for (SourceRecord rec : person.records()) {
                sources.computeIfAbsent(rec.sourceId(), id -> r.sources().find(id).orElseThrow());
            }
            return view(person, sources);
        });
    }

    private static PersonView view(Person person, Map<String, Source> sources) {
        List<PersonName> names = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        Vital birth = null;
        Vital death = null;
        for (SourceRecord rec : person.records()) {
            Source source = sources.get(rec.sourceId());
            String text = source.text();
            for (PersonName n : rec.names()) {
                if (names.stream().noneMatch(k -> k.full().equals(n.full()))) {
                    names.add(n);
                }
            }
            birth = birth != null ? birth : rec.birth();
            death = death != null ? death : rec.death();
            for (LifeEvent e : rec.events()) {
                timeline.add(new TimelineEntry(e, source.id(), source.name(), Excerpt.around(text, e.evidence())));
            }
            mentions.addAll(rec.mentions());
            relations.addAll(rec.relations());
        }
        List<PersonView.SourceRef> refs = sources.values().stream()
                .map(s -> new PersonView.SourceRef(s.id(), s.name())).toList();
        return new PersonView(person, names, birth, death, chronological(timeline), mentions, relations, refs);
    }

    /** Sorts by date; an undated event keeps the date of the event before it in the text, so it stays beside it. */
    static List<TimelineEntry> chronological(List<TimelineEntry> inTextOrder) {
        record Keyed(TimelineEntry entry, PartialDate key, int order) {
        }
        List<Keyed> keyed = new ArrayList<>();
        PartialDate last = null;
        for (int i = 0; i < inTextOrder.size(); i++) {
            TimelineEntry e = inTextOrder.get(i);
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

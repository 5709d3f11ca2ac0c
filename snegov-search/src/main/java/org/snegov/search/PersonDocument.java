package org.snegov.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.snegov.model.LifeEvent;
import org.snegov.model.Person;
import org.snegov.model.PersonName;
import org.snegov.model.SourceRecord;
import org.snegov.names.NameParts;

/**
 * What the index knows of a person, taken from all of their records.
 *
 * @param personId   the id
 * @param name       the display name
 * @param nativeName the native-script name, or null
 * @param names      every name form of every record, without repeats
 * @param birthYear  the first birth year any record gives, or null
 * @param birthPlace the first birthplace any record gives, or null
 * @param places     every place any record names (birth, death, events)
 * @param eventTypes the codes of the event types on record
 * @param events     the events as {@code type@year} ({@code arrest@1937}), or the bare type code when undated
 * @param sources    the ids of the sources the person's records come from
 * @param parts      the split names (surname, given, patronymic) the readers recognised; names not listed here
 *                   are split by {@link NameParts#parse(String)} at indexing time
 */
public record PersonDocument(String personId, String name, String nativeName, List<String> names,
                             Integer birthYear, String birthPlace, List<String> places, List<String> eventTypes,
                             List<String> events, List<String> sources, List<NameParts> parts) {

    public PersonDocument {
        names = List.copyOf(names);
        places = List.copyOf(places);
        eventTypes = List.copyOf(eventTypes);
        events = events == null ? List.of() : List.copyOf(events);
        sources = sources == null ? List.of() : List.copyOf(sources);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A document without dated events, sources or split names: those are derived from what is given. */
    public PersonDocument(String personId, String name, String nativeName, List<String> names, Integer birthYear,
                          String birthPlace, List<String> places, List<String> eventTypes) {
        this(personId, name, nativeName, names, birthYear, birthPlace, places, eventTypes, eventTypes, List.of(),
                List.of());
    }

    /** The document of {@code person}. */
    public static PersonDocument of(Person person) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        Set<String> events = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        Set<NameParts> parts = new LinkedHashSet<>();
        Integer birthYear = null;
        String birthPlace = null;
        String nativeName = null;
        for (SourceRecord r : person.records()) {
            sources.add(r.sourceId());
            for (PersonName n : r.names()) {
                names.add(n.full());
                if (n.surname() != null || n.given() != null) {
                    parts.add(new NameParts(n.surname(), n.given(), n.patronymic()));
                }
            }
            if (nativeName == null) {
                nativeName = r.nativeName().map(PersonName::full).orElse(null);
            }
            if (r.birth() != null) {
                if (birthYear == null && r.birth().date() != null) {
                    birthYear = r.birth().date().year();
                }
                if (r.birth().place() != null) {
                    places.add(r.birth().place().asWritten());
                    if (birthPlace == null) {
                        birthPlace = r.birth().place().asWritten();
                    }
                }
            }
            if (r.death() != null && r.death().place() != null) {
                places.add(r.death().place().asWritten());
            }
            for (LifeEvent e : r.events()) {
                types.add(e.type().code());
                events.add(e.date() == null ? e.type().code() : e.type().code() + "@" + e.date().year());
                if (e.date() != null && e.date().month() > 0) {
                    // Month terms let a month's chart bar filter to that month: event:arrest@1937-06.
                    events.add(e.type().code() + "@" + String.format(java.util.Locale.ROOT, "%04d-%02d",
                            e.date().year(), e.date().month()));
                }
                if (e.place() != null) {
                    places.add(e.place().asWritten());
                }
            }
        }
        return new PersonDocument(person.id(), person.name().full(), nativeName, new ArrayList<>(names), birthYear,
                birthPlace, new ArrayList<>(places), new ArrayList<>(types), new ArrayList<>(events),
                new ArrayList<>(sources), new ArrayList<>(parts));
    }
}

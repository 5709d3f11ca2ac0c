package org.snegov.read.memorial;

import java.util.List;
import java.util.Objects;
import org.snegov.model.PartialDate;

/**
 * One Memorial record as read: every field with its span in the record text (the name's spans index the name
 * text). Absent fields are null; lists may be empty, never null.
 *
 * @param surname      the first token of the name
 * @param given        the second token, or null
 * @param patronymic   the rest, or null
 * @param variants     names in parentheses ("Мейерхольд-Райх"), as written
 * @param birthYear    the birth year, or null
 * @param birthDate    the birth date at the precision written (the first value where alternatives are given)
 * @param birthDateSpan the birth date as written
 * @param birthPlace   the birthplace as written, without a leading preposition
 * @param nationality  as written, alternatives included
 * @param party        party status; {@link PartyStatus#UNSTATED} when absent
 * @param occupation   the occupation slot, event fragments removed
 * @param address      the address sentence after "Адрес:"
 * @param events       penal and legal events in text order, the execution last
 * @param burialPlace  the value after "Место захоронения:"
 * @param problems     what the reader could not place, each with its span (may be empty)
 */
public record MemorialEntry(TextSpan surname, TextSpan given, TextSpan patronymic, List<TextSpan> variants,
                            Integer birthYear, PartialDate birthDate, TextSpan birthDateSpan, TextSpan birthPlace,
                            TextSpan nationality, PartyStatus party, TextSpan occupation, TextSpan address,
                            List<MemorialEvent> events, TextSpan burialPlace, List<Problem> problems) {

    public MemorialEntry {
        variants = List.copyOf(variants);
        events = List.copyOf(events);
        problems = List.copyOf(problems);
        Objects.requireNonNull(party, "party");
    }

    /** The number of fields recognised (name parts, birth, place, nationality, party, occupation, address, burial, events). */
    public int fieldCount() {
        int n = events.size();
        for (Object o : new Object[] {surname, given, patronymic, birthYear, birthPlace, nationality, party.span(),
                occupation, address, burialPlace}) {
            if (o != null) n++;
        }
        return n;
    }

    /**
     * A part of the record the reader could not place.
     *
     * @param inName whether the offsets index the name text rather than the record text
     * @param reason what is wrong
     * @param span   where
     */
    public record Problem(boolean inName, String reason, TextSpan span) {

        public Problem {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(span, "span");
        }
    }
}

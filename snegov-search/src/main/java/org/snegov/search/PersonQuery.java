package org.snegov.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search as typed, split into its parts. The syntax (the same for {@code snegov search} and {@code /api/search}):
 * <pre>
 *   Снегов                       name words in any script or spelling, initials ("Снегов А. В.")
 *   name:Snegow                  only a name
 *   born:1898  born:1895-1900    birth year or range; also "b. 1898", "род. 1898", "born 1898"
 *   place:Kiev  place:"Saint Petersburg"   a place (birth, death or event), old or new name
 *   event:arrest  event:arrest@1937  event:arrest@1937-06  event:@1937   an event type, with or without its year or month
 *   source:3f2a                  a source id or its prefix
 *   1937                         a bare year: born then or an event that year
 * </pre>
 * Other words must each match a name or a place. Parsing never fails: what is not understood is a word.
 *
 * @param words       free words (names or places)
 * @param nameWords   words given as {@code name:}
 * @param bornFrom    earliest birth year, or null
 * @param bornTo      latest birth year, or null
 * @param places      places given as {@code place:}
 * @param events      event filters as {@code type}, {@code type@year} or {@code @year}
 * @param sources     source id prefixes
 * @param years       bare years
 */
public record PersonQuery(List<String> words, List<String> nameWords, Integer bornFrom, Integer bornTo,
                          List<String> places, List<String> events, List<String> sources, List<Integer> years) {

    private static final Pattern TOKEN = Pattern.compile(
            "(?iuU)(name|born|place|birthplace|event|source):(\"[^\"]*\"|\\S+)"
                    + "|(?:\\b(?:b\\.|born|род\\.|р\\.|г\\.р\\.)\\s*)(\\d{4}(?:\\s*[-–]\\s*\\d{4})?)"
                    + "|\"([^\"]*)\"|(\\S+)");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})(?:\\s*(?:-|–|\\.\\.)\\s*(\\d{4}))?");
    private static final Pattern BARE_YEAR = Pattern.compile("(1[6-9]\\d\\d|20\\d\\d)");

    public PersonQuery {
        words = List.copyOf(words);
        nameWords = List.copyOf(nameWords);
        places = List.copyOf(places);
        events = List.copyOf(events);
        sources = List.copyOf(sources);
        years = List.copyOf(years);
    }

    /** Whether nothing at all was asked: every person matches. */
    public boolean isEmpty() {
        return words.isEmpty() && nameWords.isEmpty() && bornFrom == null && bornTo == null && places.isEmpty()
                && events.isEmpty() && sources.isEmpty() && years.isEmpty();
    }

    /** Parses {@code text}; never throws. */
    public static PersonQuery parse(String text) {
        List<String> words = new ArrayList<>();
        List<String> nameWords = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<String> events = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        Integer[] born = {null, null};
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            if (m.group(1) != null) {
                String field = m.group(1).toLowerCase(Locale.ROOT);
                String value = unquote(m.group(2));
                if (value.isBlank()) {
                    continue;
                }
                switch (field) {
                    case "name" -> nameWords.addAll(List.of(value.strip().split("\\s+")));
                    case "born" -> {
                        if (!range(value, born)) {
                            words.add(value);
                        }
                    }
                    case "place", "birthplace" -> places.add(value.strip());
                    case "event" -> events.add(value.strip().toLowerCase(Locale.ROOT));
                    default -> sources.add(value.strip().toLowerCase(Locale.ROOT));
                }
            } else if (m.group(3) != null) {
                range(m.group(3), born);
            } else if (m.group(4) != null) {
                if (!m.group(4).isBlank()) {
                    words.add(m.group(4).strip());
                }
            } else {
                String word = m.group(5).replaceAll("^[\\p{P}&&[^\"]]+|[\\p{P}&&[^.]]+$", "");
                if (BARE_YEAR.matcher(word).matches()) {
                    years.add(Integer.parseInt(word));
                } else if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words.add(word);
                }
            }
        }
        return new PersonQuery(words, nameWords, born[0], born[1], places, events, sources, years);
    }

    /**
     * One filter of a query as typed, with where it stands in the text, so that an interface can show it and
     * offer the query without it.
     *
     * @param kind  what the filter narrows
     * @param value the value as typed: "1895-1900", "Saint Petersburg" (unquoted), "arrest@1937", "3f2a", "1937"
     * @param start where the filter starts in the text, inclusive
     * @param end   where it ends, exclusive
     */
    public record Filter(Kind kind, String value, int start, int end) {

        /** The kinds of filter. */
        public enum Kind {
            /** A birth year or range: {@code born:1898}, {@code born:1895-1900}, "b. 1898". */
            BORN,
            /** A place: {@code place:Kiev}. */
            PLACE,
            /** An event type and maybe its date: {@code event:arrest@1937}. */
            EVENT,
            /** A source id or prefix: {@code source:3f2a}. */
            SOURCE,
            /** A bare year: born then or an event that year. */
            YEAR
        }

        public Filter {
            java.util.Objects.requireNonNull(kind, "kind");
            java.util.Objects.requireNonNull(value, "value");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("Filter span [" + start + ", " + end + ") is not a span");
            }
        }

        /** {@code text} without this filter, spaces tidied: what a "remove" link searches for. */
        public String removeFrom(String text) {
            return (text.substring(0, start) + " " + text.substring(end)).replaceAll("\\s+", " ").strip();
        }
    }

    /** The filters of {@code text} in the order typed; names and other words are not filters. Never throws. */
    public static List<Filter> filters(String text) {
        List<Filter> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            Filter.Kind kind = null;
            String value = null;
            if (m.group(1) != null) {
                value = unquote(m.group(2)).strip();
                kind = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "born" -> YEAR_RANGE.matcher(value).matches() ? Filter.Kind.BORN : null;
                    case "place", "birthplace" -> Filter.Kind.PLACE;
                    case "event" -> Filter.Kind.EVENT;
                    case "source" -> Filter.Kind.SOURCE;
                    default -> null;
                };
            } else if (m.group(3) != null) {
                kind = Filter.Kind.BORN;
                value = m.group(3).replaceAll("\\s+", "");
            } else if (m.group(5) != null) {
                value = m.group(5).replaceAll("^[\\p{P}&&[^\"]]+|[\\p{P}&&[^.]]+$", "");
                kind = BARE_YEAR.matcher(value).matches() ? Filter.Kind.YEAR : null;
            }
            if (kind != null && !value.isBlank()) {
                out.add(new Filter(kind, value, m.start(), m.end()));
            }
        }
        return out;
    }

    private static boolean range(String value, Integer[] born) {
        Matcher r = YEAR_RANGE.matcher(value.strip());
        if (!r.matches()) {
            return false;
        }
        int from = Integer.parseInt(r.group(1));
        int to = r.group(2) == null ? from : Integer.parseInt(r.group(2));
        born[0] = Math.min(from, to);
        born[1] = Math.max(from, to);
        return true;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}

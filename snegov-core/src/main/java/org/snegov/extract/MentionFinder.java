package org.snegov.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snegov.model.Evidence;
import org.snegov.model.Mention;

/**
 * Finds the other people a biography names. A person is a run of two to four capitalised Latin words (initials
 * allowed: "A.I. Pantyukhov"), split at words that never belong to a name ("Joseph Stalin's Great Purge" gives
 * "Joseph Stalin", "the Old Bolshevik Pyotr Sidorov" gives "Pyotr Sidorov"), stripped of leading function words and titles ("Father Tikhon ..."), and supported by the
 * {@link NameLexicon}: a known given name, a patronymic or a surname ending. People listed in the infobox under
 * spouse, parents, children or relatives count as well. A surname alone refers to the full name already found with
 * it; a very well-known leader named by surname alone ("Stalin") is a mention of that surname. The subject's own
 * names, and the lead's parenthesis of names, are not mentions. Thread-safe.
 */
public final class MentionFinder {

    private static final String TOKEN = "(?:(?=\\p{IsLatin})\\p{Lu}\\.){1,3}|(?=\\p{IsLatin})\\p{Lu}[\\p{Ll}\\p{M}'’]+"
            + "(?:-\\p{Lu}?[\\p{Ll}\\p{M}]+)*";
    private static final Pattern RUN = Pattern.compile("(?<![\\p{L}.])(?:" + TOKEN + ")(?:[ \\u00A0]+(?:" + TOKEN + "))*");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s)$");
    private static final Pattern SAINT = Pattern.compile("\\bSaint\\s+\\p{Lu}\\p{Ll}+\\s+of\\s+\\p{Lu}\\p{Ll}+");
    private static final Set<String> RELATIVE_KEYS = Set.of("spouse", "spouses", "wife", "husband", "parents",
            "father", "mother", "children", "relatives", "partner", "partners", "family", "relations");

    private final SentenceSplitter splitter = new SentenceSplitter();

    private record Found(List<String> words, Span span) {
        String name() {
            return String.join(" ", words);
        }

        String surname() {
            return words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        }
    }

    /** The people named in {@code document} other than its subject, in order of first mention; never null. */
    public List<Mention> find(BiographyDocument document, String sourceId, SubjectNames names) {
        List<Found> full = new ArrayList<>();
        List<Found> singles = new ArrayList<>();
        for (InfoboxEntry e : document.infobox()) {
            if (!RELATIVE_KEYS.contains(e.normalizedKey())) continue;
            scan(e.value(), null, names, full, singles, true);
        }
        Span skipped = document.leadParagraph().map(p -> splitter.split(p)).filter(s -> !s.isEmpty())
                .flatMap(s -> NameExtractor.parentheses(s.get(0)).stream().findFirst()).orElse(null);
        document.paragraphs().forEach(p -> scan(p, skipped, names, full, singles, false));

        Map<String, Found> byKey = new LinkedHashMap<>();
        for (Found f : full) {
            String key = f.words().get(0).toLowerCase(Locale.ROOT) + " " + f.surname();
            Found old = byKey.get(key);
            if (old == null || f.words().size() > old.words().size()) byKey.put(key, f);
        }
        List<Found> kept = new ArrayList<>(byKey.values());
        for (Found s : singles) {
            boolean known = kept.stream().anyMatch(f -> f.surname().equals(s.surname()));
            if (!known && NameLexicon.isWellKnown(s.words().get(0)) && !namesAThingOrPlace(document.text(), s.span())) {
                kept.add(s);
            }
        }
        for (Span p : document.paragraphs().toList()) {
            Matcher r = RELATIVE.matcher(p.text());
            while (r.find()) {
                String given = r.group("n");
                // A relative's given name alone, unless a full name found elsewhere begins with it ("his wife Nina").
                if (names.names(given) || NameLexicon.isNotName(given) || kept.stream().anyMatch(
                        k -> k.words().get(0).equalsIgnoreCase(given) || k.surname().equalsIgnoreCase(given))) {
                    continue;
                }
                kept.add(new Found(List.of(given), p.sub(p.start() + r.start("n"), p.start() + r.end("n"))));
            }
        }
        surnameLists(document, kept, names);
        conjuncts(document.text(), kept, names);
        kept.sort(Comparator.comparingInt(f -> f.span().start()));
        List<Mention> out = new ArrayList<>();
        for (Found f : kept) {
            out.add(new Mention(f.name(), Evidence.of(sourceId, document.text(), f.span().start(), f.span().end())));
        }
        return out;
    }

    /**
     * Adds the people coordinated with a person already found: "Karl Zimmer and Max Delbrück", "Vitaly Primakov and
     * Vitovt Putna", "Voroshilov, Budyonny, Yegorov and Blyukher". A conjunct has as many words as the person it
     * follows (a surname after a surname, a full name after a full name), so that "Stalin and the Politburo" adds
     * nothing.
     */
    private static void conjuncts(String text, List<Found> kept, SubjectNames names) {
        for (int i = 0; i < kept.size(); i++) {
            Found f = kept.get(i);
            int size = Math.min(f.words().size(), 2);
            Matcher m = CONJUNCT.matcher(text).region(f.span().end(), text.length());
            if (!m.lookingAt()) continue;
            int start = m.start("n");
            String[] words = m.group("n").split("[ \\u00A0]+");
            if (words.length < size) continue;
            List<String> taken = new ArrayList<>(List.of(words).subList(0, size));
            if (taken.stream().anyMatch(w -> NameLexicon.isNotName(w) || NameLexicon.isLeading(w) || names.names(w))) continue;
            if (words.length > size && !NameLexicon.isNotName(words[size])) continue; // "Max Delbrück Institute"
            int end = start + String.join(" ", taken).length();
            if (!text.substring(start, end).equals(String.join(" ", taken))) continue;
            Found c = new Found(taken, Span.of(text, start, end));
            if (kept.stream().noneMatch(k -> k.surname().equals(c.surname()))) kept.add(c);
        }
    }

    /**
     * Adds the surnames of a list of single capitalised words, inside a sentence, of which one at least has a
     * surname's ending and is no place, none is a month, a country or a word that is never a name, and no more are
     * places than such surnames: "he named Yakir, Uborevich and others as accomplices". "sent to Saratov, Rostov and
     * Tambov" names places, and adds nothing.
     */
    private static void surnameLists(BiographyDocument document, List<Found> kept, SubjectNames names) {
        String text = document.text();
        document.paragraphs().forEach(p -> {
            Matcher m = SURNAME_LIST.matcher(p.text());
            while (m.find()) {
                List<Found> items = new ArrayList<>();
                Matcher w = LIST_WORD.matcher(m.group("list"));
                int base = p.start() + m.start("list");
                while (w.find()) {
                    items.add(new Found(List.of(w.group()), Span.of(text, base + w.start(), base + w.end())));
                }
                // Towns have surnames' shapes (Saratov, Rostov), and the gazetteer knows odd old names of towns, so a
                // list names people when it has a surname that is no place and no more places than such surnames.
                long places = items.stream().filter(f -> place(f.words().get(0))).count();
                long surnames = items.stream().filter(f -> NameLexicon.looksLikeSurname(f.words().get(0))
                        && !place(f.words().get(0))).count();
                if (items.size() < 2 || surnames == 0 || places > surnames
                        || items.stream().anyMatch(f -> notAPerson(f.words().get(0), names))) {
                    continue;
                }
                for (Found f : items) {
                    if (kept.stream().noneMatch(k -> k.surname().equals(f.surname()))) kept.add(f);
                }
            }
        });
    }

    private static boolean notAPerson(String word, SubjectNames names) {
        return names.names(word) || NameLexicon.isNotName(word) || NameLexicon.isLeading(word)
                || MONTHS.contains(word.toLowerCase(Locale.ROOT)) || COUNTRIES.contains(word.toLowerCase(Locale.ROOT))
                || word.endsWith("ian") || word.endsWith("ish") || word.endsWith("ese");
    }

    private static boolean place(String word) {
        return org.snegov.places.Gazetteer.standard().resolve(word, null).isPresent();
    }

    /** Countries and regions abroad, which the gazetteer of the former USSR does not know. */
    private static final Set<String> COUNTRIES = Set.of("britain", "england", "scotland", "ireland", "france",
            "germany", "austria", "switzerland", "italy", "spain", "portugal", "poland", "czechoslovakia", "hungary",
            "romania", "bulgaria", "yugoslavia", "serbia", "greece", "turkey", "persia", "iran", "china", "manchuria",
            "mongolia", "japan", "korea", "india", "america", "states", "canada", "mexico", "argentina", "brazil",
            "australia", "egypt", "palestine", "israel", "sweden", "norway", "denmark", "finland", "holland",
            "belgium", "europe", "asia", "africa", "berlin", "paris", "london", "vienna", "prague", "warsaw",
            "rome", "tokyo", "harbin", "shanghai", "beijing", "peking", "geneva", "stockholm", "helsinki");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final String SINGLE = "(?=\\p{IsLatin})\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?![\\p{L}'’]|[ \\u00A0]+\\p{Lu})";
    /** A list of single capitalised words after a lower-case word: "named Yakir, Uborevich and others". */
    private static final Pattern SURNAME_LIST = Pattern.compile("(?<=\\p{Ll}[ \\u00A0])(?<list>" + SINGLE
            + "(?:,[ \\u00A0]+" + SINGLE + ")*,?[ \\u00A0]+and[ \\u00A0]+(?:" + SINGLE + "|others))");
    private static final Pattern LIST_WORD = Pattern.compile("(?<![\\p{L}'’-])\\p{Lu}[\\p{Ll}\\p{M}'’-]+");

    /**
     * Whether a famous surname written alone names a thing or a town: "the Order of Lenin", "moved to Kalinin",
     * "exiled to Frunze".
     */
    private static boolean namesAThingOrPlace(String text, Span span) {
        String before = text.substring(Math.max(0, span.start() - 40), span.start());
        if (THING_OF.matcher(before).find()) return true;
        // "the Kuibyshev hydroelectric scheme", "the Lenin Prize": a surname after "the" names a thing
        if (before.endsWith("the ") || before.endsWith("The ")) return true;
        // "a letter to Stalin": the leaders' own names are no towns, whatever old names the gazetteer keeps
        return PLACE_PREPOSITION.matcher(before).find() && !LEADERS.contains(span.text())
                && org.snegov.places.Gazetteer.standard().resolve(span.text(), null).isPresent();
    }

    private static final Set<String> LEADERS = Set.of("Stalin", "Lenin", "Trotsky", "Khrushchev", "Beria", "Yezhov");
    private static final Pattern THING_OF = Pattern.compile("\\b(?:Order|Prize|Institute|Museum|Library|Street|Square"
            + "|Avenue|Prospekt|Plant|Factory|Works|Ballet|Theatre|Academy|Mausoleum|Canal|University|Commission|Mine"
            + "|Station|Park)\\s+(?:of\\s+)?(?:the\\s+)?(?:name\\s+of\\s+)?$");
    private static final Pattern PLACE_PREPOSITION = Pattern.compile("\\b(?:to|in|at|from|near|into|of)\\s+(?:the\\s+city\\s+of\\s+)?$");

    /** Nouns of a person's calling or kinship, which name the person they stand before: "the poet Itzik Fefer". */
    private static final String ROLE = "(?:poet|writer|novelist|playwright|critic|translator|journalist|editor|physician"
            + "|doctor|surgeon|scientist|physicist|chemist|biologist|geneticist|mathematician|engineer|designer"
            + "|historian|philosopher|economist|linguist|professor|composer|painter|artist|actor|actress|director"
            + "|general|marshal|commander|officer|priest|bishop|cousin|brother|sister|son|daughter|wife|husband"
            + "|colleague|uncle|aunt|nephew|niece|bolshevik|revolutionary|revolutionaries|poets|writers|scientists"
            + "|physicists|engineers|actors|directors|colleagues|officers|generals|author|authors|singer|pianist"
            + "|violinist|conductor|sculptor|architect|theologian|academician|dramatist|memoirist)";
    /** A relative named by given name alone: "his daughter Svetlana", "His elder son Dmitry". */
    private static final Pattern RELATIVE = Pattern.compile("(?:\\b(?:[Hh]is|[Hh]er|[Tt]heir)|\\p{Lu}\\p{Ll}+['’]s)\\s+(?:(?:elder|younger|eldest|youngest"
            + "|only|first|second)\\s+)?(?:son|daughter|wife|husband|brother|sister),?\\s+(?<n>\\p{Lu}\\p{Ll}+)"
            + "(?![\\p{L}'’]|\\s+\\p{Lu})");

    /** Words after which two capitalised words name a person: "under Samuil Marshak", "a follower of Edmund Husserl". */
    private static final Pattern PERSON_CUE = Pattern.compile("(?:\\b(?:under|by|corresponded\\s+with|translated|befriended"
            + "|married|adviser\\s+to|assistant\\s+to|secretary\\s+to|wrote\\s+to|studied\\s+under|worked\\s+with)"
            + "|\\b(?:follower|student|pupil|disciple"
            + "|friend|teacher)\\s+of|\\b(?:the|his|her|their)\\s+(?:[\\p{L}-]+\\s+)?" + ROLE
            // "prefaces to several editions of Knut Hamsun's early prose", "translated the novels of Sigurd Hoel"
            + "|\\b(?:editions?|works|novels?|poems?|plays?|prose|stories|letters|memoirs|translations?|books?)\\s+(?:by|of)"
            + ")\\s+$");

    private static final Pattern CONJUNCT = Pattern.compile("(?:,\\s*|\\s+and\\s+|,\\s+and\\s+)(?<n>(?:" + TOKEN
            + ")(?:[ \\u00A0]+(?:" + TOKEN + "))*)");

    private static void scan(Span area, Span skipped, SubjectNames names, List<Found> full, List<Found> singles,
                             boolean listed) {
        Matcher saint = SAINT.matcher(area.text());
        while (saint.find()) {
            Span s = area.sub(area.start() + saint.start(), area.start() + saint.end());
            full.add(new Found(List.of(s.text().split("\\s+")), s));
        }
        Matcher m = RUN.matcher(area.text());
        while (m.find()) {
            int at = area.start() + m.start();
            if (skipped != null && at >= skipped.start() && at < skipped.end()) continue;
            List<int[]> bounds = new ArrayList<>();
            Matcher w = WORD.matcher(m.group());
            while (w.find()) bounds.add(new int[] {at + w.start(), at + w.end()});
            int segment = 0;
            for (int i = 0; i <= bounds.size(); i++) {
                // A name ends at a possessive: "The Knight in the Panther's Skin" names nobody "Panther Skin".
                boolean afterPossessive = i > segment && i < bounds.size() && possessive(area, bounds.get(i - 1));
                boolean stop = i == bounds.size() || afterPossessive || NameLexicon.isNotName(word(area, bounds.get(i)));
                if (!stop) continue;
                if (i > segment) candidate(area, bounds, segment, i, i < bounds.size(), names, full, singles, listed);
                segment = afterPossessive ? i : i + 1;
            }
        }
    }

    /** The words {@code [from, to)} of a capitalised run, as a person if they look like one. */
    private static void candidate(Span area, List<int[]> bounds, int from, int to, boolean cut, SubjectNames names,
                                  List<Found> full, List<Found> singles, boolean listed) {
        boolean titled = false;
        while (from < to && NameLexicon.isLeading(word(area, bounds.get(from)))) {
            titled |= TITLED.contains(word(area, bounds.get(from)).toLowerCase(Locale.ROOT));
            from++;
        }
        if (from >= to) return;
        if (to - from == 2 && NameLexicon.isOneNameTitle(word(area, bounds.get(from)))
                && !names.names(word(area, bounds.get(from + 1)))) {
            // "Patriarch Tikhon", "Metropolitan Sergius": a title and one name are a person
            full.add(new Found(List.of(word(area, bounds.get(from)), word(area, bounds.get(from + 1))),
                    area.sub(bounds.get(from)[0], bounds.get(from + 1)[1] - (possessive(area, bounds.get(from + 1)) ? 2 : 0))));
            return;
        }
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) words.add(word(area, bounds.get(i)));
        int end = bounds.get(to - 1)[1];
        String last = area.text().substring(bounds.get(to - 1)[0] - area.start(), end - area.start());
        boolean possessive = last.endsWith("'s") || last.endsWith("’s");
        if (possessive) end -= 2;
        Found f = new Found(words, area.sub(bounds.get(from)[0], end));
        if (words.stream().allMatch(names::names)) return;
        if (words.size() == 1) {
            if (!cut || possessive) singles.add(f);
        } else if (words.size() <= 4 && (listed || isPerson(words) || titled // "President Valdas Adamkus"
                || words.size() == 2
                && PERSON_CUE.matcher(area.text().substring(0, bounds.get(from)[0] - area.start())).find())) {
            if (names.names(words.get(0)) && names.names(words.get(words.size() - 1))) return;
            full.add(f);
        }
    }

    /** Titles and offices before a full name: "General Władysław Anders", "President Valdas Adamkus". */
    private static final Set<String> TITLED = Set.of("general", "marshal", "comrade", "dr", "professor", "academician",
            "colonel", "major", "captain", "lieutenant", "mr", "mrs", "ms", "president", "premier", "chairman",
            "secretary", "director", "judge", "prosecutor", "investigator", "sir", "lord", "lady");

    private static boolean isPerson(List<String> words) {
        if (words.stream().anyMatch(w -> w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.contains("."))) {
            return false;
        }
        return NameLexicon.isGiven(words.get(0)) || words.stream().anyMatch(NameLexicon::isPatronymic)
                || NameLexicon.looksLikeSurname(words.get(words.size() - 1));
    }

    private static boolean possessive(Span area, int[] b) {
        return POSSESSIVE.matcher(area.text().substring(b[0] - area.start(), b[1] - area.start())).find();
    }

    private static String word(Span area, int[] b) {
        String w = area.text().substring(b[0] - area.start(), b[1] - area.start());
        return POSSESSIVE.matcher(w).replaceAll("");
    }
}

package org.snegov.read.memorial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snegov.model.EventType;

/**
 * Turns narrative clauses of a record text into penal and legal events: the verb decides the type
 * (приговорен → sentence, арестован → arrest, освобожден → release, содержался в … ИТЛ → camp, отбывал ссылку
 * → exile, "умер в заключении" → death, "срок отбыл", captivity, "привлекался к суду" → other), the clause's dates the dates. Clauses
 * with no such verb (jobs, dismissals, residence) are no events. Stateless.
 */
final class EventClauses {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SENTENCE = Pattern.compile(
            "(?:приговор[её]н|осужд[её]н)(?:[аыо])?(?!\\p{L})|приговаривал|\\(\\s*Ст\\.?\\s*\\d|дата (?:приговора|осуждения)"
                    + "|sentenced|convicted", FLAGS);
    private static final Pattern ARREST = Pattern.compile(
            "арестован(?:[аыо])?(?!\\p{L})|арестовывал|задерживал|до (?:1-го |первого )?ареста\\s*(?:в\\s+)?-?\\s*\\d|дата ареста"
                    + "|arrested|detained", FLAGS);
    private static final Pattern RELEASE = Pattern.compile("освобожд[её]н(?:[аыо])?(?!\\p{L})|released|freed", FLAGS);
    private static final Pattern CAMP = Pattern.compile(
            "содержал(?:ся|ась)[^.]*(?:ИТЛ|лагер|лаг(?:е|а|у|ом)?(?!\\p{L})|политизолятор)"
                    + "|отбывал[аи]?\\s+(?:срок|наказание)|этапирован|held in [^.]*camp|sent to [^.]*camp", FLAGS);
    private static final Pattern EXILE = Pattern.compile(
            "отбывал[аи]? ссылк|ссылки отбывал|(?<!\\p{L})(?:выслан|сослан)(?:[аыо])?(?!\\p{L})|exiled|served (?:his |her )?exile"
                    + "|in exile|deported|banished", FLAGS);
    private static final Pattern REHABILITATION = Pattern.compile("реабилитирован|дата реабилитации|rehabilitated", FLAGS);
    /** A death, as the Books of Memory tell it: "Умер в заключении 12.03.1942", "Умерла в лагере", "Умер в 1943 г. в Тестлаге". */
    private static final Pattern DEATH = Pattern.compile(
            "(?<!\\p{L})(?:умер(?:ла)?|скончал(?:ся|ась)|погиб(?:ла)?)(?!\\p{L})|died", FLAGS);
    private static final Pattern OTHER = Pattern.compile(
            "срок отбыл|в плену|привлекал(?:ся|ась) к суду|под надзором|покинул[а]? место ссылки|содержал(?:ся|ась)"
                    + "|served (?:the |his |her )?term|captivity|prisoner of war", FLAGS);
    /**
     * Words of which every pattern above needs one (in lower case): a clause holding none tells no event. Keep it in
     * step with the patterns; {@code EventClausesTest} checks each pattern's examples against it.
     */
    static final List<String> STEMS = List.of("приговор", "приговар", "осужд", "(", "дата ", "sentenced", "convicted",
            "арест", "задерживал", "arrested", "detained", "освобожд", "released", "freed", "содержал", "отбывал",
            "этапирован", "held in", "sent to", "ссылк", "выслан", "сослан", "exile", "deported", "banished", "served",
            "реабилитир", "rehabilitated", "умер", "скончал", "погиб", "died", "срок отбыл", "в плену", "привлекал",
            "под надзором", "покинул", "captivity", "prisoner of war");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A conjunction that may join two events of one sentence. */
    private static final Pattern AND = Pattern.compile("\\s+(?:и|and|а затем|and then)\\s+", FLAGS);
    /** A comma part that goes on a list of years: "1921 гг. арестовывался" after "В 1919, 1920,". */
    private static final Pattern YEAR_LIST = Pattern.compile("\\d{4}(?!\\d)");
    private static final Pattern BODY = Pattern.compile(
            "((?:Тройк|Двойк|Комисси\\S* НКВД|Коллеги|ОСО|Особ|ВКВС|ВК ВС|Военн|Верховн|Московск\\S* ревтриб|ревтриб|Нарсуд|Народн\\S* суд"
                    + "|Спецколлеги|Выездн|Судебн|Прокуратур|Military Collegium|troika|NKVD troika|OSO|Procuracy|Prosecutor)[^,;]*?)"
                    + "(?=\\s+(?:к|на|за|to|for|on)\\s|\\s+по\\s+(?:\\S+\\s+)?(?:обвинени|ст\\.|стать)|\\s*$|\\s*,|\\s+\\d)",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARGE = Pattern.compile(
            "(по (?:\\S+ )?обвинени[юи](?: в)?[^,;()]*|\\(?\\s*(?:Ст|ст)\\.?\\s*\\d+[^)]*|обв\\.\\s*:?\\s*[^,;()]+(?:,\\s*\\d[^,;()]*)*"
                    + "|under article [^,;]*|charged with [^,;]*)", FLAGS);
    private static final Pattern TERM = Pattern.compile(
            "((?:к|на|to)\\s+\\d+\\s+(?:годам|года|год|лет|месяцам|месяца|месяцев|years?|months?)\\s+[^,;()]*?)"
                    + "(?=\\s+(?:по|\\d|в|to|for|on)\\s|\\s*$|\\s*[,;)])", FLAGS);

    private EventClauses() {
    }

    /** The type a clause states, or null when it states no event. */
    static EventType typeOf(String clause) {
        if (!mayTellEvent(clause)) return null; // most parts asked about tell no event: a plain search says so
        if (SENTENCE.matcher(clause).find()) return EventType.SENTENCE;
        if (ARREST.matcher(clause).find()) return EventType.ARREST;
        if (REHABILITATION.matcher(clause).find()) return EventType.REHABILITATION;
        if (DEATH.matcher(clause).find()) return EventType.DEATH;
        if (EXILE.matcher(clause).find()) return EventType.EXILE;
        if (CAMP.matcher(clause).find()) return EventType.CAMP;
        if (RELEASE.matcher(clause).find()) return EventType.RELEASE;
        if (OTHER.matcher(clause).find()) return EventType.OTHER;
        return null;
    }

    /**
     * The events of the sentence {@code [start, end)} of {@code text}: it is cut into clauses at commas that
     * start a new event verb, and each clause gives one event per listed date (one undated event if none).
     */
    static List<MemorialEvent> of(String text, int start, int end) {
        List<MemorialEvent> out = new ArrayList<>();
        List<int[]> clauses = clauses(text, start, end);
        // Dates stay with their clause, as Memorial's annotators read them: in "В 1934 г. 5 месяцев содержался в
        // заключении, освобожден за недоказанностью обвинения" the release has no date.
        for (int[] c : clauses) {
            String clause = text.substring(c[0], c[1]);
            List<DateFinder.Found> dates = DateFinder.find(clause).stream().filter(f -> !f.rangeEnd()).toList();
            EventType type = typeOf(clause);
            if (type == null) continue;
            TextSpan span = new TextSpan(clause, c[0], c[1]);
            TextSpan body = type == EventType.SENTENCE || type == EventType.REHABILITATION ? group(BODY, clause, c[0]) : null;
            TextSpan charge = type == EventType.SENTENCE || type == EventType.EXILE ? group(CHARGE, clause, c[0]) : null;
            TextSpan term = type == EventType.SENTENCE ? group(TERM, clause, c[0]) : null;
            if (dates.isEmpty()) {
                out.add(new MemorialEvent(type, null, span, body, charge, term));
            } else {
                listed(clause, dates).forEach(d -> out.add(new MemorialEvent(type, d.date(), span, body, charge, term)));
            }
        }
        return out;
    }

    /**
     * The dates the clause's event happened on: the first, and those listed right after it ("В 1928 и 1931 гг.",
     * "В 1919, 1920, 1921 гг." give one event per year); a later date in passing gives none.
     */
    private static List<DateFinder.Found> listed(String clause, List<DateFinder.Found> dates) {
        int n = 1;
        while (n < dates.size()
                && clause.substring(dates.get(n - 1).end(), dates.get(n).start()).matches("\\s*(?:,|и|and)\\s*")) {
            n++;
        }
        return dates.subList(0, n);
    }

    /**
     * Cuts a sentence into clauses at the commas after which a new event verb comes within the first words
     * ("Был в плену у немцев, освобожден в сентябре 1941 г.") or a statement of its own ("…, исключен из …"),
     * but not inside a list of years ("В 1919, 1920, 1921 гг. арестовывался").
     */
    private static List<int[]> clauses(String text, int start, int end) {
        List<int[]> merged = new ArrayList<>();
        for (int[] p : andParts(text, Sentences.parts(text, start, end))) {
            String s = text.substring(p[0], p[1]);
            boolean yearList = !merged.isEmpty() && YEAR_LIST.matcher(s).lookingAt()
                    && text.substring(merged.get(merged.size() - 1)[0], p[0]).matches("(?s).*\\d{4}\\s*,\\s*");
            if (merged.isEmpty() || (!yearList && (startsEvent(s) || isStandalone(s)))) {
                merged.add(new int[] {p[0], p[1]});
            } else {
                merged.get(merged.size() - 1)[1] = p[1];
            }
        }
        return merged;
    }

    private static boolean mayTellEvent(String clause) {
        String lower = clause.toLowerCase(java.util.Locale.ROOT);
        for (String stem : STEMS) {
            if (lower.contains(stem)) return true;
        }
        return false;
    }

    /**
     * Cuts a part again where "и"/"and" joins a second event to an event ("Arrested on 9 December 1937 and sentenced
     * on 29 December", "Арестован 3 мая 1937 г. и приговорен …"), so that each verb keeps its own date.
     */
    private static List<int[]> andParts(String text, List<int[]> parts) {
        List<int[]> out = new ArrayList<>();
        for (int[] p : parts) {
            int from = p[0];
            Matcher and = AND.matcher(text).region(p[0], p[1]);
            while (and.find()) {
                if (typeOf(text.substring(from, and.start())) != null && startsEvent(text.substring(and.end(), p[1]))
                        && typeOf(firstWords(text.substring(and.end(), p[1]), 2)) != null) {
                    out.add(new int[] {from, and.start()});
                    from = and.end();
                }
            }
            out.add(new int[] {from, p[1]});
        }
        return out;
    }

    private static String firstWords(String s, int n) {
        String[] words = WHITESPACE.split(s.strip(), n + 1);
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(n, words.length)));
    }

    /** Whether an event verb comes within the first six words of {@code part}. */
    static boolean startsEvent(String part) {
        return typeOf(firstWords(part, 6)) != null;
    }

    /** A part that is a statement of its own even without an event verb ("безработный", "исключен из …"). */
    private static boolean isStandalone(String part) {
        return part.matches("(?s)(?:исключ|уволен|безработн|жил |работал|служил|expelled|dismissed).*");
    }

    private static TextSpan group(Pattern p, String clause, int offset) {
        Matcher m = p.matcher(clause);
        if (!m.find()) return null;
        TextSpan s = TextSpan.trimmed(clause, m.start(1), m.end(1));
        return s == null ? null : s.shifted(offset);
    }
}

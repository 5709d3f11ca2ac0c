package org.snegov.read.memorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snegov.model.EventType;
import org.snegov.model.PartialDate;
import org.snegov.read.memorial.MemorialEntry.Problem;

/**
 * Reads one Memorial record: its name text ("Фамилия Имя Отчество", variants in parentheses) and its record
 * text, built as {@code род. <date>, <birthplace…>, <nationality>, <party>, <occupation>. [narrative.] Адрес:
 * <address>. [narrative.] Рассстрелян(а) <D.MM.YYYY>. Место захоронения: <place>. [Реабилитирован …]}, the
 * English rendering ({@code b. 1899, Poland, …, Pole, non-party, turner; shot 10.08.1938}), or the Books of
 * Memory's style ({@code Родился в 1899 г., Польша; поляк; б/п; токарь. Проживал: …. Арестован 4 января 1938 г.
 * Приговорен: <body> <date>, обв.: <charge>. Приговор: <term>. Расстрелян … Место захоронения - Бутово.}).
 * Missing slots are null; what cannot be placed becomes a {@link Problem}. Never throws on any input.
 * Stateless and thread-safe.
 */
public final class MemorialTextParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Where the record starts: "род.", "Родился", "b.", or the year of "1901 г. р." itself. */
    private static final Pattern BORN = Pattern.compile(
            "^\\s*(?:род\\.|родился|родилась|b\\.|born|(?=\\d{4}\\s*(?:г\\.\\s*р\\.|года? рождения|г\\.\\s*рождения)))\\s*", FLAGS);
    /** A birth told after a heading that names the person: "Тестов Иван (1899–1942). Born 1 May 1899 in …". */
    private static final Pattern BORN_LATER = Pattern.compile(
            "(?<=^|[.,;]\\s{1,3})(?:родился|родилась|born)\\s+(?=(?:в\\s+|in\\s+|on\\s+)?(?:\\d|\\p{L}+\\s+\\d))", FLAGS);
    /** The Books of Memory's education slot: "образование среднее", "образование высшее". */
    private static final Pattern EDUCATION = Pattern.compile("образование\\s|(?:не|мало|полу)?грамотн|из\\s+(?:крестьян|рабочих"
            + "|служащих|дворян|мещан|духовенства|казаков|купцов|кулаков|торговцев|интеллигенции)(?!\\p{L})", FLAGS);
    /** The Books of Memory's verdict after a sentence: "Приговор: 8 лет ИТЛ", "Приговор: ВМН". */
    private static final Pattern VERDICT = Pattern.compile("Приговор\\s*[:—–-]\\s*", FLAGS);
    /** "Адрес:", and the Books of Memory's "Проживал:" / "Проживала:". */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:Адрес|Address|Проживал[аи]?|Место проживания|Lived|Residence)\\s*:\\s*", FLAGS);
    /** A residence told as a sentence, where no label gives the address: "Проживала в г. Новосибирске.", "Lived in Kolomna." */
    private static final Pattern RESIDED = Pattern.compile("(?:(?<!\\p{L})(?:Проживал[аи]?|Lived)|(?<=;\\s{0,2})(?:проживал[аи]?|lived))\\s+(?:(?:в|во|на|in)\\s+)?(?=\\S)");
    /** A note on where the record comes from, which tells no event: "Источник: Реабилитированные историей. …". */
    private static final Pattern SOURCE_NOTE = Pattern.compile("(?:Источники?|Source)\\s*[:—–-]", FLAGS);
    private static final Pattern EXECUTION = Pattern.compile(
            "(?:Рас+трел[яе]н[аы]?|Дата расстрела\\s*:|Расстрел\\S*|Shot|Executed)\\s*(?:on\\s+|in\\s+)?(\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}"
                    + "|(?:в\\s+)?(?:" + DateFinder.MONTH + "\\s+)?\\d{4}(?!\\d))?",
            FLAGS);
    private static final Pattern BURIAL = Pattern.compile(
            "(?:Место захоронения|Burial place|Buried(?: at| in)?)\\s*(?:[:—–]|-(?!\\p{L}))?\\s*", FLAGS);
    /** A burial place the record says is not known: "Место захоронения неизвестно". */
    private static final Pattern UNKNOWN = Pattern.compile("неизвестн\\p{L}*|не установлен\\p{L}*|unknown", FLAGS);
    private static final Pattern ALTERNATIVE = Pattern.compile("\\s*\\(\\s*по другим (?:данным|сведениям)[^)]*\\)", FLAGS);
    private static final Pattern BIRTH_DATE = Pattern.compile(
            "(?:(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|(\\d{1,2})\\s+(\\p{L}+)(?:\\s*\\([^)]*\\))?\\s+(\\d{4})"
                    + "|(?:в|in)\\s+(\\p{L}+)\\s+(\\d{4})|(\\p{L}+)\\s+(\\d{1,2}),?\\s+(\\d{4})|(?:(?:в|in)\\s+)?(\\d{4}))"
                    + "(?:\\s*г\\.(?:\\s*р\\.)?|\\s*(?:г\\.\\s*|года?\\s+)рождения)?(?:\\s*\\([^)]*\\))?", FLAGS);
    /** The locative preposition of Donskoe-style birthplaces ("в Казани", "во Владимире", "на хут.Ежовский"), or
     * the Books of Memory's "уроженец"/"уроженка". */
    private static final Pattern PLACE_PREPOSITION = Pattern.compile("^(?:в|во|на|in|уроженец и житель|уроженка и жительница|уроженец|уроженка|урож\\.)\\s*(?<=\\s|\\.)", FLAGS);
    private static final Pattern OCCUPATION_ARREST = Pattern.compile(
            "^(до\\s+(?:1-го\\s+|первого\\s+)?ареста\\s*(?:в\\s+)?-?\\s*(?:\\d{1,2}\\s+\\p{L}+\\s+)?\\d{4}(?:\\s*г\\.)?)"
                    + "\\s*(\\([^)]*\\))?\\s*-\\s*", FLAGS);
    private static final Set<String> NATIONALITIES = Set.of("русский", "русская", "еврей", "еврейка", "поляк",
            "полька", "латыш", "латышка", "немец", "немка", "украинец", "украинка", "белорус", "белоруска", "венгр",
            "венгерка", "китаец", "китаянка", "армянин", "армянка", "литовец", "литовка", "эстонец", "эстонка", "татарин",
            "татарка", "грек", "гречанка", "кореец", "кореянка", "болгарин", "болгарка", "румын", "румынка", "мордвин",
            "мордовка", "финн", "финка", "грузин", "грузинка", "чех", "чешка", "австриец", "австрийка", "итальянец",
            "итальянка", "молдаванин", "молдаванка", "ассириец", "ассирийка", "иранец", "башкир", "серб", "сербка",
            "хорват", "индус", "турок", "турчанка", "чуваш", "чувашка", "мари", "мариец", "японец", "японка",
            "англичанин", "англичанка", "якут", "швейцарец", "даргинец", "швед", "шведка", "калмык", "голландец",
            "македонец", "датчанин", "араб", "бурят", "уйгур", "азербайджанец", "осетин", "караим", "караимка",
            "латгалец", "француз", "француженка", "монгол", "словенец", "узбек", "казах", "киргиз", "таджик",
            "туркмен", "коми", "удмурт", "карел", "ингуш", "чеченец", "кабардинец", "лезгин", "аварец", "черкес",
            "цыган", "цыганка", "казак", "казачка", "помор", "поморка", "казашка", "узбечка", "башкирка",
            "якутка", "бурятка", "удмуртка", "марийка", "карелка", "калмычка", "осетинка", "чеченка", "ингушка",
            "карачаевец", "балкарец", "кабардинка", "адыгеец", "абхаз", "аджарец", "эвенк", "ненец", "хакас", "алтаец",
            "шорец", "коми-пермяк", "комиячка", "черкешенка", "лезгинка", "кумычка", "ногайка", "тувинец", "хант", "манси", "американец", "американка", "бельгиец", "испанец", "португалец", "норвежец",
            "словак", "перс", "курд", "айсор", "гагауз", "вепс", "ижорец", "крымчак", "ногаец", "кумык",
            "russian", "jew", "jewess", "jewish", "polish", "finnish", "swedish", "english", "dutch", "spanish", "turkish",
            "persian", "bashkir", "chechen", "ossetian", "kalmyk", "buryat", "yakut", "pole", "latvian", "german", "ukrainian", "belarusian", "hungarian", "chinese",
            "armenian", "lithuanian", "estonian", "tatar", "greek", "korean", "bulgarian", "romanian", "finn", "georgian",
            "czech", "austrian", "italian", "moldovan", "assyrian", "iranian", "serb", "croat", "turk", "japanese",
            "englishman", "swede", "french", "mongol", "uzbek", "kazakh", "mordvin", "chuvash", "karaite", "latgalian");

    /** Reads the record of {@code name} and {@code text}; either may be empty. */
    public MemorialEntry parse(String name, String text) {
        List<Problem> problems = new ArrayList<>();
        List<TextSpan> variants = new ArrayList<>();
        TextSpan[] names = names(name == null ? "" : name, variants, problems);
        String t = text == null ? "" : text;
        Builder b = new Builder();
        int address = find(ADDRESS, t, 0);
        Pattern addressPattern = ADDRESS;
        if (address < 0) {
            address = find(RESIDED, t, 0);
            addressPattern = RESIDED;
        }
        Matcher exec = lastMatch(EXECUTION, t);
        int execStart = exec == null ? t.length() : exec.start();
        Matcher burial = BURIAL.matcher(t);
        int burialStart = t.length();
        int burialEnd = t.length();
        if (burial.find(Math.max(0, exec == null ? 0 : exec.start()))) {
            burialStart = burial.start();
            burialEnd = Sentences.end(t, burial.end(), t.length());
            b.burialPlace = stripFinal(t, burial.end(), burialEnd);
            if (b.burialPlace != null && UNKNOWN.matcher(b.burialPlace.text()).matches()) b.burialPlace = null;
        }
        int headEnd = address >= 0 ? address : Math.min(execStart, burialStart);
        int headStart = head(t, b, problems);
        List<int[]> narrative = new ArrayList<>();
        if (headStart >= 0) {
            int sentenceEnd = slots(t, headStart, headEnd, b);
            List<int[]> rest = Sentences.split(t, Math.min(headEnd, sentenceEnd + 1), headEnd);
            if (b.occupationFromNarrative) {
                for (int[] s : rest) {
                    if (b.occupation == null && EventClauses.typeOf(t.substring(s[0], s[1])) == null) {
                        b.occupation = new TextSpan(t.substring(s[0], s[1]), s[0], s[1]);
                    } else {
                        narrative.add(s);
                    }
                }
            } else if (b.occupation == null && !rest.isEmpty() && sentencePerField(t, rest.get(0), sentenceEnd)) {
                // "Born 1883. Russian. Non-party. Accountant of the artel.": the job is a sentence of its own.
                b.occupation = new TextSpan(t.substring(rest.get(0)[0], rest.get(0)[1]), rest.get(0)[0], rest.get(0)[1]);
                narrative.addAll(rest.subList(1, rest.size()));
            } else {
                narrative.addAll(rest);
            }
        }
        if (address >= 0) {
            Matcher am = addressPattern.matcher(t);
            am.find(address);
            int addrStart = am.end();
            int addrEnd = Sentences.end(t, addrStart, execStart > addrStart ? execStart : t.length());
            b.address = stripFinal(t, addrStart, addrEnd);
            narrative.addAll(Sentences.split(t, Math.min(addrEnd + 1, execStart), Math.max(Math.min(addrEnd + 1, execStart), execStart)));
        } else {
            problems.add(new Problem(false, "no address ('Адрес:' or 'Address:') in the record text", whole(t)));
        }
        narrativeEvents(t, narrative, b.events);
        // What follows the execution and the burial place: a rehabilitation, in other books of memory.
        List<int[]> after = new ArrayList<>();
        if (exec != null) {
            int execEnd = Math.min(Sentences.end(t, exec.end(), t.length()) + 1, burialStart);
            after.addAll(Sentences.split(t, execEnd, Math.max(execEnd, burialStart)));
        }
        if (burialEnd < t.length()) {
            after.addAll(Sentences.split(t, burialEnd + 1, t.length()));
        }
        List<MemorialEvent> later = new ArrayList<>();
        narrativeEvents(t, after, later);
        if (exec != null) {
            PartialDate date = exec.group(1) == null ? null : DateFinder.first(exec.group(1)) == null ? null
                    : DateFinder.first(exec.group(1)).date();
            b.events.add(new MemorialEvent(EventType.EXECUTION, date, new TextSpan(exec.group().strip(), exec.start(),
                    exec.start() + exec.group().strip().length()), null, null, null));
            if (date == null) {
                problems.add(new Problem(false, "execution without a readable date", new TextSpan(exec.group(), exec.start(), exec.end())));
            }
        }
        b.events.addAll(later);
        if (b.birthYear == null && !t.isBlank()) {
            problems.add(new Problem(false, "no birth year", whole(t)));
        }
        return new MemorialEntry(names[0], names[1], names[2], variants, b.birthYear, b.birthDate, b.birthDateSpan,
                b.birthPlace, b.nationality, b.party, b.occupation, b.address, b.events, b.burialPlace, problems);
    }

    private static final class Builder {
        Integer birthYear;
        PartialDate birthDate;
        TextSpan birthDateSpan;
        TextSpan birthPlace;
        TextSpan nationality;
        PartyStatus party = PartyStatus.UNSTATED;
        TextSpan occupation;
        boolean occupationFromNarrative;
        TextSpan address;
        TextSpan burialPlace;
        final List<MemorialEvent> events = new ArrayList<>();
    }

    /** Reads the birth date after "род."; returns where the comma parts after it start, or -1 without "род.". */
    /**
     * Adds the events of the narrative sentences {@code sentences} to {@code events}. The Books of Memory's verdict
     * after a sentencing ("Приговорена: ОСО … 3 июня 1938 г. Приговор: 8 лет ИТЛ") is that sentence's term.
     */
    private static void narrativeEvents(String t, List<int[]> sentences, List<MemorialEvent> events) {
        for (int[] s : sentences) {
            if (SOURCE_NOTE.matcher(t).region(s[0], s[1]).lookingAt()) continue;
            Matcher verdict = VERDICT.matcher(t).region(s[0], s[1]);
            MemorialEvent previous = events.isEmpty() ? null : events.get(events.size() - 1);
            if (verdict.lookingAt() && previous != null && previous.type() == EventType.SENTENCE
                    && previous.term() == null && verdict.end() < s[1]) {
                events.set(events.size() - 1, new MemorialEvent(previous.type(), previous.date(), previous.span(),
                        previous.body(), previous.charge(), TextSpan.trimmed(t, verdict.end(), s[1])));
            } else {
                events.addAll(EventClauses.of(t, s[0], s[1]));
            }
        }
    }

    private static int head(String t, Builder b, List<Problem> problems) {
        Matcher born = BORN.matcher(t);
        boolean found = born.find();
        if (!found) {
            born = BORN_LATER.matcher(t).region(0, Math.min(t.length(), 200));
            found = born.find();
        }
        if (!found) {
            if (!t.isBlank()) problems.add(new Problem(false, "the record text does not start with 'род.'", whole(t)));
            return -1;
        }
        Matcher d = BIRTH_DATE.matcher(t).region(born.end(), t.length());
        if (!d.lookingAt()) {
            problems.add(new Problem(false, "unreadable birth date", whole(t)));
            return born.end();
        }
        b.birthDateSpan = TextSpan.trimmed(t, d.start(), d.end());
        b.birthDate = birthDate(d);
        if (b.birthDate != null) b.birthYear = b.birthDate.year();
        int at = d.end();
        while (at < t.length() && Character.isWhitespace(t.charAt(at))) at++;
        if (PLACE_PREPOSITION.matcher(t).region(at, t.length()).lookingAt()) {
            return at; // "Родилась в 1911 г. в г. Пробске; русская; …": the birthplace follows the date directly
        }
        int comma = t.indexOf(',', d.end());
        int stop = Sentences.end(t, d.end(), t.length());
        return comma >= 0 && comma < stop ? comma + 1 : d.end();
    }

    private static PartialDate birthDate(Matcher d) {
        try {
            if (d.group(3) != null) return PartialDate.ofDay(i(d.group(3)), i(d.group(2)), i(d.group(1)));
            if (d.group(6) != null) {
                int month = DateFinder.month(d.group(5));
                return month == 0 ? PartialDate.ofYear(i(d.group(6))) : PartialDate.ofDay(i(d.group(6)), month, i(d.group(4)));
            }
            if (d.group(8) != null) {
                int month = DateFinder.month(d.group(7));
                return month == 0 ? PartialDate.ofYear(i(d.group(8))) : PartialDate.ofMonth(i(d.group(8)), month);
            }
            if (d.group(11) != null) {
                int month = DateFinder.month(d.group(9));
                return month == 0 ? PartialDate.ofYear(i(d.group(11))) : PartialDate.ofDay(i(d.group(11)), month, i(d.group(10)));
            }
            return PartialDate.ofYear(i(d.group(12)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Splits the head after the birth date into birthplace, nationality, party and occupation. The comma parts
     * are taken over the whole head, as birthplaces hold periods that look like sentence ends ("ус. Гольдбекск");
     * the sentence ends only after the party. Returns where the head sentence ends.
     */
    private static int slots(String t, int from, int headEnd, Builder b) {
        List<int[]> parts = Sentences.parts(t, from, headEnd);
        int nat = -1;
        int party = -1;
        for (int i = 0; i < parts.size() && i < 12; i++) {
            splitAtNationalitySentence(t, parts, i);
            String p = cut(t, parts.get(i), headEnd);
            if (PartySlot.starts(p)) {
                party = i;
                break;
            }
            if (isNationality(p)) {
                nat = i;
                int next = i + 1;
                // The Books of Memory may name the education between nationality and party: "русская; образование
                // среднее; член ВКП(б)". It is no field of the record; the text keeps it.
                if (next < parts.size() && EDUCATION.matcher(cut(t, parts.get(next), headEnd)).lookingAt()
                        && cutEnd(t, parts.get(i), headEnd) == parts.get(i)[1]) {
                    next++;
                }
                if (next < parts.size() && PartySlot.starts(cut(t, parts.get(next), headEnd))
                        && cutEnd(t, parts.get(next - 1), headEnd) == parts.get(next - 1)[1]) {
                    party = next;
                }
                break;
            }
        }
        if (nat < 0 && party < 0) {
            return Sentences.end(t, from, headEnd);
        }
        int placeEnd = nat >= 0 ? nat : party;
        if (placeEnd > 0) {
            int start = parts.get(0)[0];
            Matcher prep = PLACE_PREPOSITION.matcher(t).region(start, parts.get(placeEnd - 1)[1]);
            if (prep.lookingAt()) start = prep.end();
            b.birthPlace = TextSpan.trimmed(t, start, parts.get(placeEnd - 1)[1]);
        }
        int slotEnd;
        if (nat >= 0) {
            b.nationality = span(t, parts.get(nat));
            slotEnd = parts.get(nat)[1];
        } else {
            slotEnd = parts.get(0)[0];
        }
        if (party >= 0) {
            int last = party;
            while (cutEnd(t, parts.get(last), headEnd) == parts.get(last)[1]
                    && last + 1 < parts.size() && PartySlot.continues(cut(t, parts.get(last + 1), headEnd))) {
                last++;
            }
            int partyEnd = Math.min(Sentences.end(t, parts.get(party)[0], headEnd), parts.get(last)[1]);
            TextSpan partySpan = stripFinal(t, parts.get(party)[0], partyEnd);
            if (partySpan != null) b.party = PartySlot.read(partySpan);
            slotEnd = partyEnd;
        }
        int sentenceEnd = Sentences.end(t, slotEnd, headEnd);
        int occStart = slotEnd < sentenceEnd && (t.charAt(slotEnd) == ',' || t.charAt(slotEnd) == ';') ? slotEnd + 1 : slotEnd;
        List<int[]> occParts = occStart < sentenceEnd ? Sentences.parts(t, occStart, sentenceEnd) : List.of();
        if (!occParts.isEmpty() && EDUCATION.matcher(t.substring(occParts.get(0)[0], occParts.get(0)[1])).lookingAt()) {
            occStart = occParts.size() > 1 ? occParts.get(1)[0] : sentenceEnd;
        }
        if (occStart < sentenceEnd) {
            occupation(t, Sentences.parts(t, occStart, sentenceEnd), 0, b);
        }
        return sentenceEnd;
    }

    /**
     * Heads written a sentence per field ("… Ярославской губ. Русский, б/п, …", "…, Ryazan province. Russian.
     * Non-party. Priest."): where a sentence of part {@code i} starts with a nationality, the part is cut there into
     * the place before it, the nationality, and what follows.
     */
    private static void splitAtNationalitySentence(String t, List<int[]> parts, int i) {
        int[] p = parts.get(i);
        for (int dot = t.indexOf(". ", p[0]); dot >= 0 && dot < p[1]; dot = t.indexOf(". ", dot + 1)) {
            int start = dot + 2;
            while (start < p[1] && Character.isWhitespace(t.charAt(start))) start++;
            if (start >= p[1] || !Character.isUpperCase(t.charAt(start))) continue;
            int end = start;
            while (end < p[1] && t.charAt(end) != '.') end++;
            if (!isNationality(t.substring(start, end))) continue;
            // The place keeps the period of an abbreviation ("губ."), not a sentence's ("province.").
            parts.set(i, new int[] {p[0], Sentences.endsWithAbbreviation(t, p[0], dot) ? dot + 1 : dot});
            parts.add(i + 1, new int[] {start, end});
            int rest = end;
            while (rest < p[1] && (t.charAt(rest) == '.' || Character.isWhitespace(t.charAt(rest)))) rest++;
            if (rest < p[1]) parts.add(i + 2, new int[] {rest, p[1]});
            return;
        }
    }

    /**
     * Whether {@code sentence} is the occupation of a head written a sentence per field: the head's last field was a
     * one-word sentence ("Russian.", "Non-party.") and this sentence is short, tells no event and holds no date.
     */
    private static boolean sentencePerField(String t, int[] sentence, int headSentenceEnd) {
        int start = headSentenceEnd;
        while (start > 0 && t.charAt(start - 1) != '.' && t.charAt(start - 1) != ',' && t.charAt(start - 1) != ';') start--;
        String lastField = t.substring(start, headSentenceEnd).strip();
        String s = t.substring(sentence[0], sentence[1]);
        return !lastField.isEmpty() && !lastField.contains(" ") && start > 0 && t.charAt(start - 1) == '.'
                && s.split("\\s+").length <= 10 && !s.matches("(?s).*\\d.*") && EventClauses.typeOf(s) == null
                && !RESIDED.matcher(s).lookingAt();
    }

    /** A comma part up to the first sentence end inside it. */
    private static String cut(String t, int[] part, int limit) {
        return t.substring(part[0], cutEnd(t, part, limit));
    }

    private static int cutEnd(String t, int[] part, int limit) {
        return Math.min(Sentences.end(t, part[0], limit), part[1]);
    }

    /** The occupation: the remaining parts, event fragments at its start or end turned into events. */
    private static void occupation(String t, List<int[]> parts, int next, Builder b) {
        if (next >= parts.size()) return;
        int from = parts.get(next)[0];
        int to = parts.get(parts.size() - 1)[1];
        Matcher arrest = OCCUPATION_ARREST.matcher(t).region(from, to);
        if (arrest.lookingAt()) {
            b.events.addAll(EventClauses.of(t, arrest.start(1), arrest.end(1)));
            if (arrest.group(2) != null) {
                b.events.addAll(EventClauses.of(t, arrest.start(2), arrest.end(2)));
            }
            from = arrest.end();
        }
        List<int[]> rest = Sentences.parts(t, from, to);
        int first = 0;
        int last = rest.size() - 1;
        while (first <= last && EventClauses.startsEvent(t.substring(rest.get(first)[0], rest.get(first)[1]))) first++;
        while (last >= first && EventClauses.startsEvent(t.substring(rest.get(last)[0], rest.get(last)[1]))) last--;
        if (first > 0) {
            b.events.addAll(EventClauses.of(t, rest.get(0)[0], rest.get(first - 1)[1]));
        }
        if (first <= last) {
            b.occupation = stripFinal(t, rest.get(first)[0], rest.get(last)[1]);
        } else if (first > 0) {
            b.occupationFromNarrative = true;
        }
        if (last < rest.size() - 1 && last + 1 >= first) {
            b.events.addAll(EventClauses.of(t, rest.get(last + 1)[0], rest.get(rest.size() - 1)[1]));
        }
    }

    static boolean isNationality(String part) {
        String p = ALTERNATIVE.matcher(part).replaceAll("").replaceAll("\\s*\\([^)]*\\)", "").strip().toLowerCase(Locale.ROOT);
        if (p.isEmpty() || p.contains(".")) return false;
        String[] words = p.split("\\s+");
        if (words.length > 2) return false;
        return NATIONALITIES.contains(words[words.length - 1]);
    }

    private static TextSpan[] names(String name, List<TextSpan> variants, List<Problem> problems) {
        List<TextSpan> tokens = new ArrayList<>();
        int depth = 0;
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '(') {
                int close = name.indexOf(')', i);
                int end = close < 0 ? name.length() : close;
                TextSpan v = TextSpan.trimmed(name, i + 1, end);
                if (v != null) variants.add(v);
                i = end + 1;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < name.length() && !Character.isWhitespace(name.charAt(i)) && name.charAt(i) != '(') i++;
            tokens.add(new TextSpan(name.substring(s, i), s, i));
        }
        if (tokens.isEmpty()) {
            problems.add(new Problem(true, "no name", new TextSpan(name, 0, name.length())));
            return new TextSpan[3];
        }
        TextSpan patronymic = tokens.size() > 2 ? new TextSpan(name.substring(tokens.get(2).start(),
                tokens.get(tokens.size() - 1).end()), tokens.get(2).start(), tokens.get(tokens.size() - 1).end()) : null;
        return new TextSpan[] {tokens.get(0), tokens.size() > 1 ? tokens.get(1) : null, patronymic};
    }

    private static TextSpan stripFinal(String t, int start, int end) {
        TextSpan s = TextSpan.trimmed(t, start, end);
        if (s == null) return null;
        int e = s.end();
        while (e > s.start() && (t.charAt(e - 1) == '.' || t.charAt(e - 1) == ',' || t.charAt(e - 1) == ';')) e--;
        return TextSpan.trimmed(t, s.start(), e == s.start() ? s.end() : e);
    }

    private static TextSpan span(String t, int[] p) {
        return new TextSpan(t.substring(p[0], p[1]), p[0], p[1]);
    }

    private static TextSpan whole(String t) {
        return new TextSpan(t, 0, t.length());
    }

    private static int find(Pattern p, String t, int from) {
        Matcher m = p.matcher(t);
        return m.find(from) ? m.start() : -1;
    }

    private static Matcher lastMatch(Pattern p, String t) {
        Matcher m = p.matcher(t);
        MatchResultHolder last = null;
        while (m.find()) last = new MatchResultHolder(m.start());
        if (last == null) return null;
        Matcher r = p.matcher(t);
        r.find(last.start);
        return r;
    }

    private record MatchResultHolder(int start) {
    }

    private static int i(String s) {
        return Integer.parseInt(s);
    }
}

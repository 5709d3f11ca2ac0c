package org.snegov.read.memorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits record text into sentences and sentences into top-level comma parts, keeping offsets. A period ends a
 * sentence when whitespace and a capital letter or a full date ("13 декабря 1922", "13.12.1922") follow and the
 * word before it is no abbreviation ("ул.", "г.", "губ.", "род.", one letter); a semicolon ends one when an event
 * follows ("…, non-party; arrested 12.03.1937") and otherwise separates parts as a comma does (the Books of
 * Memory's "Родился в 1899 г., Польша; поляк; б/п; токарь."); after "YYYY г." it ends one unless a sentencing body follows
 * ("… 1933 г. Тройкой ОГПУ"). Stateless.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("ул", "пер", "д", "кв", "г", "гг", "обл", "губ", "р-н",
            "с", "дер", "ст", "им", "гл", "зам", "пом", "нач", "корп", "комн", "ком", "просп", "пр", "наб", "бул",
            "ш", "пл", "св", "т", "тов", "б", "бывш", "быв", "мест", "м", "пос", "вол", "кр", "о", "ок", "ген",
            "проф", "акад", "и.о", "к.-р", "ж.д", "р", "др", "пр-д", "мл", "ст-ца", "хут", "окр", "уезд", "тт",
            "род",
            // Shortened words of workplaces and street names: "зам. зав. ОГИЗом", "Бол. Грузинская ул.".
            "зав", "чл", "отд", "моск", "больш", "бол", "ср", "сред", "нижн", "верхн", "мал", "гост", "слоб", "уч",
            "картогр", "no", "st", "ul", "g", "gub", "obl", "d", "kv", "b", "vol", "p", "mr", "dr", "ch");
    private static final Pattern BODY_START = Pattern.compile(
            "(?:[А-ЯЁA-Z]{2,}|Тройк|Коллеги|Особ|Военн|Верховн|Московск|Ленинградск|Народн|Нарсуд|Специальн|Выездн"
                    + "|Судебн|Революц|Ревтриб|Полномочн|Губсуд|Губернск|Окружн|Краев|Областн|Прокуратур).*", Pattern.DOTALL);
    /** A record's field label, which starts a sentence even after an abbreviation: "… обл. Источник: …". */
    private static final Pattern LABEL = Pattern.compile(
            "(?:Источники?|Адрес|Проживал[аи]?|Место\\s+(?:захоронения|проживания)|Source|Address)\\s*[:—–-]");
    private static final Pattern SENTENCED = Pattern.compile("(?:приговор[её]н|осужд[её]н)\\p{L}?(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An address going on after a period: "д.2. Кв. 75", "пер. . Д. 12". */
    private static final Pattern ADDRESS_UNIT = Pattern.compile("(?:Кв|Д|Корп|Комн)\\.\\s*\\d");
    /** A full date that may open a sentence: "13 декабря 1922 г. приговорен …", "13.12.1922 арестован". */
    private static final Pattern DATE_START = Pattern.compile(
            "\\d{1,2}(?:\\s+(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*\\s+"
                    + "|\\.\\d{1,2}\\.)\\d{4}(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Sentences() {
    }

    /** The end (exclusive, before the period) of the sentence of {@code text} starting at {@code from}, at most {@code limit}. */
    static int end(String text, int from, int limit) {
        int depth = 0;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if (c == '.' && depth == 0 && isBoundary(text, from, i, limit)) return i;
            else if (c == ';' && depth == 0 && EventClauses.startsEvent(nextPart(text, i + 1, limit))) {
                return i; // "…, non-party; arrested 12.03.1937"
            }
        }
        return limit;
    }

    /**
     * The part after a semicolon, up to the next period or semicolon: an event verb must open that part, not the
     * sentence after it ("…; б/п; счетовод. Арестована …" leaves the occupation in the head).
     */
    private static String nextPart(String text, int from, int limit) {
        int end = Math.min(limit, from + 80);
        for (int j = from; j < end; j++) {
            char c = text.charAt(j);
            if (c == ';' || (c == '.' && j + 1 < limit && Character.isWhitespace(text.charAt(j + 1)))) return text.substring(from, j);
        }
        return text.substring(from, end);
    }

    /** Sentences of {@code [from, limit)} as {@code [start, end)} pairs, trimmed, without their final periods. */
    static List<int[]> split(String text, int from, int limit) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < limit) {
            int e = end(text, i, limit);
            TextSpan s = TextSpan.trimmed(text, i, e);
            if (s != null) {
                int end = s.end();
                while (end > s.start() && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ',')
                        && !endsWithAbbreviation(text, s.start(), end - 1)) end--;
                if (end > s.start()) out.add(new int[] {s.start(), end});
            }
            i = e + 1;
        }
        return out;
    }

    /** The top-level comma and semicolon parts of {@code [from, to)} (not inside parentheses or quotes), trimmed. */
    static List<int[]> parts(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        boolean[] closed = closedParentheses(text, from, to);
        int depth = 0;
        boolean quoted = false;
        int start = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ',';
            if (i < to && c == '"') quoted = !quoted;
            else if (c == '(' && !quoted && closed[i - from]) depth++;
            else if (c == ')' && !quoted) depth = Math.max(0, depth - 1);
            else if ((c == ',' || c == ';') && (i == to || (depth == 0 && !quoted))) {
                TextSpan s = TextSpan.trimmed(text, start, i);
                if (s != null) out.add(new int[] {s.start(), s.end()});
                start = i + 1;
            }
        }
        return out;
    }

    /** Which opening parentheses of {@code [from, to)} have a closing one: an unbalanced "(Польша0" opens nothing. */
    private static boolean[] closedParentheses(String text, int from, int to) {
        boolean[] closed = new boolean[Math.max(0, to - from)];
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') open.push(i);
            else if (c == ')' && !open.isEmpty()) closed[open.pop() - from] = true;
        }
        return closed;
    }

    private static boolean isBoundary(String text, int from, int dot, int limit) {
        int j = dot + 1;
        if (j >= limit) return true;
        if (!Character.isWhitespace(text.charAt(j))) return false;
        while (j < limit && Character.isWhitespace(text.charAt(j))) j++;
        if (j >= limit) return true;
        char next = text.charAt(j);
        if (Character.isDigit(next)) {
            return DATE_START.matcher(text).region(j, limit).lookingAt() && !isAbbreviation(wordBefore(text, dot));
        }
        if (!Character.isUpperCase(next) && next != '"' && next != '«') return false;
        if (ADDRESS_UNIT.matcher(text).region(j, limit).lookingAt()) return false;
        if (LABEL.matcher(text).region(j, limit).lookingAt()) return true; // "… Курской обл. Источник: …"
        if (dot >= 3 && text.regionMatches(true, dot - 3, "б/п", 0, 3)) return true; // "б/п. Арестован …"
        if (EventClauses.typeOf(text.substring(j, wordEnd(text, j, limit))) != null) {
            return true; // "… выслана в Новосибирскую обл. Арестована 12 мая 1942 г."
        }
        String word = wordBefore(text, dot);
        if (word.equals("г") && text.substring(Math.max(0, dot - 7), dot).matches("(?s).*\\d{4}\\s*г")) {
            if (!BODY_START.matcher(text.substring(j, Math.min(limit, j + 20))).matches()) return true;
            // "… 1933 г. Тройкой ОГПУ к 3 годам": the body goes on the sentencing before it. Where that sentence
            // sentenced no one and the body's own sentence does ("Арестован 30 апреля 1937 г. Военной коллегией …
            // 25 сентября 1937 г. приговорен"), the body opens a sentence.
            return !SENTENCED.matcher(text.substring(from, dot)).find()
                    && SENTENCED.matcher(text.substring(j, Math.min(limit, j + 160))).find();
        }
        return !isAbbreviation(word);
    }

    private static int wordEnd(String text, int from, int limit) {
        int i = from;
        while (i < limit && Character.isLetter(text.charAt(i))) i++;
        return i;
    }

    static boolean endsWithAbbreviation(String text, int start, int dot) {
        return isAbbreviation(wordBefore(text, dot)) && dot > start;
    }

    private static boolean isAbbreviation(String word) {
        if (word.isEmpty()) return false;
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return true;
        if (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) return true; // "к.-р.", "ж.д.", "и.о."
        int dot = word.lastIndexOf('.');
        // Other dotted initialisms end in an abbreviation too: "ж.д.ст.", "Ц.О.", "м.н.с.".
        return dot >= 0 && isAbbreviation(word.substring(dot + 1));
    }

    private static String wordBefore(String text, int dot) {
        int i = dot;
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (Character.isLetter(c) || c == '-' || (c == '.' && i - 1 > 0 && Character.isLetter(text.charAt(i - 2)))) i--;
            else break;
        }
        return text.substring(i, dot);
    }
}

package org.snegov.read.memorial;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the party slot's parts and reads party status from them: "б/п", "член ВКП(б) с 1930",
 * "кандидат в члены ВКП(б)", "исключен из ВКП(б) в 1935 г. …", "бывший член …", "бывший эсер", and the
 * English "non-party", "member of the VKP(b) since 1930", "expelled from …". The current membership wins over
 * former ones; a membership with an end ("до 1938", "1920-1933", "по декабрь 1937", "в 1917 член …") is not
 * current, nor one that a later expulsion ends ("член ВКП(б), в 1930 исключен"). Stateless.
 */
final class PartySlot {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String PARTY_WORD = "(?:(?-i:ВКП|РКП|ВЛКСМ|ВКЛСМ|РСДРП|КП[А-ЯЁ]*|ППС|СД|КСМ|ДП|ПСР|Бунд)"
            + "|\\S*(?-i:парти)|\\S*компарти|party|Communist)";
    private static final String DATED = "(?:(?:в|с|до)\\s+[-\\d\\s]+(?:по\\s+\\d{4}\\s*)?(?:гг?\\.?\\s*)?)?";
    /** A party named before "member" in English renderings: "Komsomol member", "CPSU(b) member since 1931". */
    private static final String ENGLISH_PARTY = "(?:former\\s+)?(?-i:VKP|CPSU|AUCP|RKP|VLKSM|CP\\p{Lu}*|Komsomol|Communist Party)\\S*";
    private static final Pattern MEMBER_AFTER = Pattern.compile(
            "^(former\\s+)?(" + ENGLISH_PARTY.substring("(?:former\\s+)?".length()) + ")\\s+(?:candidate\\s+)?member", FLAGS);
    private static final String NOUN = "(?:(?:лев|прав)\\S*\\s+)?(?:эсер|кадет|меньшевик|анархист\\S*|бундовец|троцкист|большевик)";
    private static final String MEMBER = DATED + "член\\S*\\s+(?:\"|(?:\\S+\\s+){0,3}" + PARTY_WORD + ")";
    /** Where a party slot starts. */
    private static final Pattern START = Pattern.compile(
            "(?:б/п|беспартийн|non-party|nonparty|" + MEMBER + "|кандидат\\S* в член\\S*\\s+"
                    + PARTY_WORD + "|исключ|искл\\.|выбыл|бывш\\S*\\s+(?:" + MEMBER + "|" + NOUN + ")|" + DATED + NOUN
                    + "|в\\s+\\d{4}\\s*-+\\s*\\d{4}(?:\\s+гг\\.?)?\\s+кандидат|member of|candidate member|expelled from"
                    + "|former member|" + ENGLISH_PARTY + "\\s+(?:candidate\\s+)?member).*", FLAGS | Pattern.DOTALL);
    /** A further part that still belongs to the party slot. */
    private static final Pattern CONTINUES = Pattern.compile(
            "(?:восстановлен|reinstated|" + MEMBER + "|бывш\\S*\\s+член\\S*\\s+" + PARTY_WORD
                    + "|кандидат\\S* в член\\S*\\s+(?:ВКП|РКП)|" + DATED + "(?:вторично\\s+|повторно\\s+)?(?:исключ|искл\\.)"
                    + "|б/п|беспартийн|(?:бывш\\S*|в прошлом)\\s+" + NOUN + "|а затем\\s*-?\\s*" + NOUN
                    + "|former member|member of).*", FLAGS | Pattern.DOTALL);
    private static final Pattern MEMBERSHIP = Pattern.compile(
            "(бывш\\S*\\s+|former\\s+)?(?:член\\S*|кандидат\\S* в член\\S*|member of(?: the)?|candidate member of(?: the)?)"
                    + "\\s+(.+?)(?=\\s+(?:с|до|по|в|since|from|until|to)(?:\\s|\\.|\\d)|\\s+\\(|\\s+\\d|,|$)", FLAGS);
    private static final Pattern EXPELLED = Pattern.compile(
            "(?:исключ\\S*|искл\\.|выбыл\\S*|expelled)\\s+(?:из|from)\\s+(?:кандидатов в члены\\s+|the\\s+)?"
                    + "(.+?)(?=\\s+(?:с|до|по|в|за|как|накануне|since|in|for)(?:\\s|\\.|\\d)|\\s+\\(|\\s+\\d|,|$)", FLAGS);
    private static final Pattern SINCE = Pattern.compile("(?:(?<!\\p{L})с|since|from)\\s*\\.?(?:\\d{1,2}\\.)?\\s*(\\d{4})", FLAGS);
    private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*-+\\s*(?:\\d{4}|\\d{2}(?!\\d))");
    /** A membership with an end: "до 1938", "по декабрь 1937", "1920-1933", "в 1926- 27", "в 1917 член …". */
    private static final Pattern ENDED = Pattern.compile(
            "(?:(?<!\\p{L})до\\s*\\.?\\d|(?<!\\p{L})по\\s+(?:\\p{L}+\\s+)?\\d{4}|\\d{4}\\s*-+\\s*(?:\\d{4}|\\d{2}(?!\\d))"
                    + "|until\\s+\\d|to\\s+\\d{4})", FLAGS);
    /** A year in the past before the membership: "в 1917 член партии эсеров". */
    private static final Pattern AT_YEAR = Pattern.compile("^в\\s+\\d{4}(?:\\s*г\\.?)?\\s*$", FLAGS);
    /** An expulsion without the party's name, after a membership: "в 1930 исключен", "вторично исключена в 1935 г.". */
    private static final Pattern EXPELLED_AGAIN = Pattern.compile(
            DATED + "(?:вторично\\s+|повторно\\s+)?(?:исключ\\S*|искл\\.)(?!\\s*(?:из|from)\\s).*", FLAGS | Pattern.DOTALL);
    /** Dates in parentheses, kept when the rest in parentheses is dropped: "член КП Латвии (с 1932 по 1935)". */
    private static final Pattern DATES_IN_PARENTHESES = Pattern.compile(
            "\\(\\s*((?:(?:с|в|до|по)\\s+)?\\d{4}(?:\\s*гг?\\.?)?(?:\\s*(?:-+|по|до)\\s*\\d{2,4}(?:\\s*гг?\\.?)?)?)\\s*\\)",
            FLAGS);

    private PartySlot() {
    }

    static boolean starts(String part) {
        return START.matcher(part).matches();
    }

    static boolean continues(String part) {
        return CONTINUES.matcher(part).matches();
    }

    /** The status that the party slot {@code span} states. */
    static PartyStatus read(TextSpan span) {
        String text = span.text();
        String outside = DATES_IN_PARENTHESES.matcher(text).replaceAll(" $1").replaceAll("\\s+\\([^()]*(?:\\([^()]*\\)[^()]*)*\\)", " ");
        String[] parts = outside.split(",");
        Boolean member = null;
        String party = null;
        Integer since = null;
        boolean current = false;
        for (String raw : parts) {
            String part = raw.strip();
            String lower = part.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("б/п") || lower.startsWith("беспартийн") || lower.startsWith("non")) {
                if (!current) {
                    member = false;
                }
                continue;
            }
            Matcher ex = EXPELLED.matcher(part);
            if (ex.find() && ex.start() < 3) {
                String from = ex.group(1).strip();
                // A later expulsion from the party of the current membership ends it; from another party it does not.
                if (!current || from.equals(party)) {
                    member = false;
                    since = current ? since : null;
                    party = from;
                    current = false;
                }
                continue;
            }
            if (member != null && EXPELLED_AGAIN.matcher(part).matches()) {
                member = false;
                current = false;
                continue;
            }
            if (lower.startsWith("восстановлен") || lower.startsWith("reinstated")) {
                member = true;
                current = true;
                continue;
            }
            Matcher m = MEMBERSHIP.matcher(part);
            if (m.find()) {
                boolean former = m.group(1) != null;
                boolean ended = ENDED.matcher(part.substring(m.end())).find() || ENDED.matcher(part.substring(0, m.start())).find()
                        || AT_YEAR.matcher(part.substring(0, m.start())).matches();
                if (current && (former || ended)) continue;
                party = m.group(2).strip();
                since = sinceOf(part);
                member = !(former || ended);
                current = member;
                continue;
            }
            Matcher after = MEMBER_AFTER.matcher(part);
            if (after.find()) {
                boolean former = after.group(1) != null;
                boolean ended = ENDED.matcher(part.substring(after.end())).find();
                if (current && (former || ended)) continue;
                party = after.group(2).strip();
                since = sinceOf(part);
                member = !(former || ended);
                current = member;
                continue;
            }
            if (lower.matches(DATED + "(?:бывш\\S*\\s+)?" + NOUN + ".*")
                    || lower.matches("(?:former\\s+)?(?:sr|kadet|menshevik|anarchist).*")) {
                if (!current) {
                    boolean former = lower.startsWith("бывш") || lower.startsWith("former") || ENDED.matcher(lower).find();
                    member = !former;
                    party = null;
                    since = former ? null : sinceOf(part);
                    current = !former;
                }
            }
        }
        return new PartyStatus(member, party, since, span);
    }

    private static Integer sinceOf(String part) {
        Matcher m = SINCE.matcher(part);
        if (m.find()) return Integer.parseInt(m.group(1));
        m = RANGE.matcher(part);
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }
}

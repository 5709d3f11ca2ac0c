package org.snegov.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snegov.model.PartialDate;

/**
 * Finds Russian dates: "4 января 1939 г.", "10.08.1938", "в 1937 году", "в июне 1937 г.", "с января 1937",
 * "1920-е годы", "в 1920-х годах", "1937–1951", and dates that lean on an earlier year ("в марте того же года",
 * "в том же году"). The words "г.", "года", "году" after a year belong to the date. Stateless.
 */
public final class RussianDateFinder implements DateFinder {

    private static final String GENITIVE = "(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября"
            + "|ноября|декабря)";
    private static final String PREPOSITIONAL = "(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре"
            + "|октябре|ноябре|декабре)";
    private static final String NOMINATIVE = "(?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь"
            + "|ноябрь|декабрь)";
    private static final String YEAR = "(?:1[0-9]{3}|20[0-9]{2})";
    private static final String SUFFIX = "(?:\\s*(?:гг?\\.|года|году|год)(?![\\p{L}]))?";
    private static final Pattern DATES = Pattern.compile(String.join("|",
            "(?<num>(?<![\\d.])(?<nd>[0-3]?\\d)\\.(?<nm>[01]?\\d)\\.(?<ny>" + YEAR + ")(?!\\d)" + SUFFIX + ")",
            "(?<dmy>(?<![\\d])(?<dd>[0-3]?\\d)\\s+(?<dm>" + GENITIVE + ")\\s+(?<dy>" + YEAR + ")(?!\\d)" + SUFFIX + ")",
            "(?<my>(?<![\\p{L}])(?<mm>" + PREPOSITIONAL + "|" + GENITIVE + "|" + NOMINATIVE + ")\\s+(?<my1>" + YEAR
                    + ")(?!\\d)" + SUFFIX + ")",
            "(?<dec>(?<![\\d])(?<decy>1[0-9]{2}0)-(?:е|х)(?:\\s+(?:годы|годах|годов))?(?![\\p{L}]))",
            "(?<yr>(?<![\\d.])(?<y1>" + YEAR + ")(?:\\s*(?:–|—|-)\\s*(?<y2>" + YEAR + "))?(?![\\d.])" + SUFFIX + ")",
            "(?<msame>(?<![\\p{L}])(?<msm>" + PREPOSITIONAL + "|" + GENITIVE + ")\\s+того\\s+же\\s+года(?![\\p{L}]))",
            "(?<same>(?<![\\p{L}])(?:в\\s+том\\s+же\\s+году|того\\s+же\\s+года)(?![\\p{L}]))"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public List<DateMention> find(Span span, int contextYear) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = DATES.matcher(span.text());
        int year = contextYear;
        while (m.find()) {
            DateMention d = mention(span, m, year);
            if (d == null) continue;
            if (!d.relative()) year = (d.until() != null ? d.until() : d.date()).year();
            out.add(d);
        }
        return out;
    }

    private static DateMention mention(Span span, Matcher m, int contextYear) {
        Span at = span.sub(span.start() + m.start(), span.start() + m.end());
        try {
            if (m.group("num") != null) {
                return new DateMention(at, PartialDate.ofDay(Integer.parseInt(m.group("ny")),
                        Integer.parseInt(m.group("nm")), Integer.parseInt(m.group("nd"))), null, false);
            }
            if (m.group("dmy") != null) {
                return new DateMention(at, PartialDate.ofDay(Integer.parseInt(m.group("dy")), month(m.group("dm")),
                        Integer.parseInt(m.group("dd"))), null, false);
            }
            if (m.group("my") != null) {
                return new DateMention(at, PartialDate.ofMonth(Integer.parseInt(m.group("my1")), month(m.group("mm"))),
                        null, false);
            }
            if (m.group("dec") != null) {
                return new DateMention(at, PartialDate.ofDecade(Integer.parseInt(m.group("decy"))), null, false);
            }
            if (m.group("yr") != null) {
                PartialDate until = m.group("y2") == null ? null : PartialDate.ofYear(Integer.parseInt(m.group("y2")));
                return new DateMention(at, PartialDate.ofYear(Integer.parseInt(m.group("y1"))), until, false);
            }
            if (contextYear == 0) return null;
            if (m.group("msame") != null) {
                return new DateMention(at, PartialDate.ofMonth(contextYear, month(m.group("msm"))), null, true);
            }
            return new DateMention(at, PartialDate.ofYear(contextYear), null, true);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int month(String word) {
        String p = word.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (p) {
            case "янв" -> 1; case "фев" -> 2; case "мар" -> 3; case "апр" -> 4; case "мая", "мае", "май" -> 5;
            case "июн" -> 6; case "июл" -> 7; case "авг" -> 8; case "сен" -> 9; case "окт" -> 10; case "ноя" -> 11;
            case "дек" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + word);
        };
    }
}

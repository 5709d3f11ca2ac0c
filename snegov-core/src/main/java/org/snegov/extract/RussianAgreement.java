package org.snegov.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides, for a Russian sentence, whether a trigger is the subject's and whether it is negated. Russian Books of
 * Memory leave the subject out ("Арестован в 1937 г."), so the verb's gender decides: a feminine form in a man's
 * biography ("была арестована") is another person's, and so is a verb after a relative ("Его жена ... арестована").
 * "не", "без" and "отказано" negate. Stateless.
 */
final class RussianAgreement {

    /** The subject's grammatical gender. */
    enum Gender {
        /** Masculine: "родился", a patronymic in "-вич". */
        MASCULINE,
        /** Feminine: "родилась", a patronymic in "-вна". */
        FEMININE,
        /** Not told. */
        UNKNOWN
    }

    private static final Pattern RELATIVE = Pattern.compile("(?<![\\p{L}])(?:жена|муж|отец|мать|брат|сестра|сын|дочь"
            + "|родители|дети|тесть|свекровь|сослуживцы|коллеги|товарищи|следователь)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEGATION = Pattern.compile("(?<![\\p{L}])(?:не|ни|отказано|отказал[аи]?"
            + "|отклонен[аоы]?|отклонён[аоы]?)(?![\\p{L}])(?:\\s+[\\p{L}()]+){0,2}\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern REFUSED_AFTER = Pattern.compile("^[^.;]{0,30}?(?<![\\p{L}])(?:отказано|отклонен\\p{L}*"
            + "|отклонён\\p{L}*)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BORN = Pattern.compile("родил(ся|ась)");

    private RussianAgreement() {
    }

    /** The subject's gender as {@code text} tells it: "родился"/"родилась", else the patronymic. */
    static Gender genderOf(String text) {
        var m = BORN.matcher(text);
        if (m.find()) return m.group(1).equals("ся") ? Gender.MASCULINE : Gender.FEMININE;
        if (Pattern.compile("\\p{L}+(?:вич|ьич)(?![\\p{L}])").matcher(text).find()) return Gender.MASCULINE;
        if (Pattern.compile("\\p{L}+(?:вна|чна)(?![\\p{L}])").matcher(text).find()) return Gender.FEMININE;
        return Gender.UNKNOWN;
    }

    /** Whether {@code trigger}, inside {@code sentence}, states the subject's event. */
    static boolean ofSubject(Span sentence, Trigger trigger, Gender gender) {
        String word = sentence.text().substring(trigger.start() - sentence.start(), trigger.end() - sentence.start())
                .toLowerCase(Locale.ROOT).split("\\s+")[0];
        Gender form = formOf(word);
        if (gender != Gender.UNKNOWN && form != Gender.UNKNOWN && form != gender) return false;
        if (word.endsWith("ы") || word.endsWith("ли") || word.endsWith("ись")) return false;
        String before = sentence.text().substring(0, trigger.start() - sentence.start());
        int cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'));
        return !RELATIVE.matcher(before.substring(cut + 1)).find();
    }

    /** Whether {@code trigger} is negated or refused: "не был арестован", "в реабилитации отказано". */
    static boolean negated(Span sentence, Trigger trigger) {
        String before = sentence.text().substring(0, trigger.start() - sentence.start());
        int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
        if (NEGATION.matcher(before.substring(cut + 1)).find()) return true;
        return REFUSED_AFTER.matcher(sentence.text().substring(trigger.end() - sentence.start())).find();
    }

    private static Gender formOf(String word) {
        if (word.endsWith("ла") || word.endsWith("ась") || word.endsWith("на") || word.endsWith("та")) {
            return Gender.FEMININE;
        }
        if (word.endsWith("л") || word.endsWith("ся") || word.endsWith("н") || word.endsWith("т")
                || word.endsWith("ер") || word.endsWith("иб")) {
            return Gender.MASCULINE;
        }
        return Gender.UNKNOWN;
    }
}

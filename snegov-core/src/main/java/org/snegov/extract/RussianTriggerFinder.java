package org.snegov.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snegov.model.EventType;

/**
 * Finds triggers in Russian narrative biographies, the short participle style of the Books of Memory
 * ("Арестован 4 января 1939 г.", "приговорён к 10 годам ИТЛ", "Расстрелян", "Реабилитирован посмертно") and the
 * past tense ("умер", "работал", "вступил в ВКП(б)"), in either gender; "е" stands for "ё". Camps by destination
 * ("направлен в Усольлаг", "отбывал срок в Севвостлаге"). Stateless.
 */
public final class RussianTriggerFinder implements TriggerFinder {

    private record Rule(EventType type, Pattern pattern) {
    }

    private static final String B = "(?<![\\p{L}])";
    private static final String E = "(?![\\p{L}])";
    private static final String CAMP = "(?:лагер\\p{L}*|\\p{L}*лаг\\p{L}{0,2}|итл|шарашк\\p{L}*|отб|колым\\p{L}*"
            + "|воркут\\p{L}*|норильск\\p{L}*|соловк\\p{L}*|соловецк\\p{L}*|гулаг\\p{L}*)";
    private static final List<Rule> RULES = List.of(
            rule(EventType.ARREST, "(?:вновь\\s+|повторно\\s+)?(?:арестован[аоы]?|задержан[аоы]?|взят[аоы]?\\s+под\\s+стражу)"),
            rule(EventType.SENTENCE, "(?:приговор[её]н[аоы]?|осужд[её]н[аоы]?)"),
            rule(EventType.EXECUTION, "(?:расстрелян[аоы]?|казн[её]н[аоы]?)"),
            rule(EventType.EXILE, "(?:сослан[аоы]?|выслан[аоы]?|депортирован[аоы]?|отправлен[аоы]?\\s+в\\s+ссылку)"),
            rule(EventType.CAMP, "(?:направлен[аоы]?|этапирован[аоы]?|отправлен[аоы]?|переведен[аоы]?|переведён[аоы]?"
                    + "|отбывал[аи]?\\s+(?:срок|наказание)|(?:срок|наказание)\\s+отбывал[аи]?|содержал(?:ся|ась|ись))(?=[^.;]{0,60}?" + B + CAMP + E + ")"),
            rule(EventType.RELEASE, "(?:освобожд[её]н[аоы]?|вышл?[аи]?\\s+на\\s+свободу|вернул(?:ся|ась)\\s+из\\s+(?:ссылки"
                    + "|лагеря|заключения))"),
            rule(EventType.ACQUITTAL, "(?:оправдан[аоы]?|дело\\s+(?:было\\s+)?прекращено)"),
            rule(EventType.REHABILITATION, "(?:реабилитирован[аоы]?)"),
            rule(EventType.PARTY_JOIN, "(?:вступил[аи]?\\s+в\\s+(?:ряды\\s+)?(?:вкп|ркп|кпсс|рсдрп|партию|коммунистическую)"
                    + "|член\\s+(?:вкп|ркп|кпсс|рсдрп|партии)\\p{L}*(?:\\(б\\))?\\s+с)"),
            rule(EventType.EXPULSION, "(?:исключ[её]н[аоы]?\\s+из\\s+(?:партии|вкп|кпсс|рядов))"),
            rule(EventType.REINSTATEMENT, "(?:восстановлен[аоы]?\\s+в\\s+(?:партии|вкп|кпсс|рядах))"),
            rule(EventType.POSITION, "(?:работал[аи]?(?!\\s+над)|остал(?:ся|ась)\\s+работать|служил[аи]?|заведовал[аи]?|руководил[аи]?|возглавлял[аи]?"
                    + "|возглавил[аи]?|преподавал[аи]?|назначен[аоы]?|избран[аоы]?)"),
            rule(EventType.AWARD, "(?:награжд[её]н[аоы]?|удостоен[аоы]?)"),
            rule(EventType.TESTIMONY, "(?:дал[аи]?\\s+показания|признал[аи]?\\s+себя\\s+виновн\\p{L}*)"),
            rule(EventType.DEATH, "(?:умер(?:ла|ли)?|скончал(?:ся|ась)|погиб(?:ла|ли)?)"));

    private static Rule rule(EventType type, String regex) {
        return new Rule(type, Pattern.compile(B + regex + E, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    @Override
    public List<Trigger> find(Span sentence) {
        List<Trigger> out = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(sentence.text());
            while (m.find()) {
                out.add(new Trigger(rule.type(), sentence.start() + m.start(), sentence.start() + m.end(),
                        Trigger.Form.VERB));
            }
        }
        return out;
    }
}

package org.snegov.extract;

import java.util.regex.Pattern;

/**
 * Tells whether a trigger is negated, refused or only feared: "was never arrested", "did not have to serve in a
 * labour camp", "escaped arrest", "his rehabilitation was refused". "Not released until 1955" is a release in
 * 1955, not a negation. Stateless.
 */
public final class NegationDetector {

    private static final Pattern BEFORE = Pattern.compile("\\b(?:not|never|n't|no\\s+longer|without|refused|refuse"
            + "|declined|avoided|avoid|escaped|escape|evaded|evade|feared|fearing|threatened|nearly|almost|denied"
            + "|short\\s+of|asked|asking|request(?:ed|ing)?|sought|seeking|petition(?:ed|ing)?|applied|applying"
            + "|appeal(?:ed|ing)?|hop(?:ed|ing)|demand(?:ed|ing)|told\\s+that|informed\\s+that|falsely|allegedly"
            + "|supposedly|officially\\s+(?:said|stated|claimed))\\b"
            + "(?:\\s+[\\p{L}'’-]+){0,3}\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_REFUSAL = Pattern.compile("^\\s*(?:was|were)\\s+(?:refused|denied|rejected"
            + "|turned\\s+down)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WITHOUT_THEN_AND = Pattern.compile("^without\\b.*\\b(?:and|but)\\s*$|^without\\b.*\\b(?:and|but)\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BUT_THEN = Pattern.compile("\\bbut\\s+(?:[\\p{L}'’-]+\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNTIL = Pattern.compile("^[^,;.]{0,40}\\buntil\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A hedge that reports a fact rather than states it: a death certificate, a rumour, "reportedly". Such facts
     * are given to the family or heard in the camps and are often false, so they are no events.
     */
    private static final Pattern HEDGE = Pattern.compile("\\b(?:certificates?|rumou?rs?|rumou?red|reportedly"
            + "|(?:was|were|is|are)\\s+(?:said|reported|rumou?red)\\s+to|(?:was|were)\\s+told|allegedly|supposedly"
            + "|according\\s+to\\s+(?:other|some|several)\\s+(?:sources|accounts))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEDGE_AFTER = Pattern.compile("^[^;.]{0,60}?\\baccording\\s+to\\s+(?:the\\s+|a\\s+|an\\s+"
            + "|his\\s+|her\\s+)?(?:official\\s+|death\\s+|camp\\s+)*(?:certificate|rumou?r|documents?\\s+given)",
            Pattern.CASE_INSENSITIVE);

    /** What a petition or a request asks for has not happened: "refused a petition by writers for his rehabilitation". */
    private static final Pattern ASKED_FOR = Pattern.compile("\\b(?:petitions?|requests?|applications?|appeals?|pleas?"
            + "|campaigns?|bids?|calls?|hopes?|asked|applied|petitioned|appealed|pleaded|begged|wrote)"
            + "\\s+(?:[\\p{L}'’-]+\\s+){0,5}?for\\s+(?:[^,;.]{0,60}?\\s+and\\s+for\\s+)?(?:his|her|the)\\s+(?:[\\p{L}-]+\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** Whether {@code trigger}, inside {@code sentence}, is negated or only reported (see {@link #HEDGE}). */
    public boolean negated(Span sentence, Trigger trigger) {
        String clause = sentence.text().substring(0, trigger.start() - sentence.start());
        clause = clause.substring(clause.lastIndexOf(';') + 1);
        if (HEDGE.matcher(clause).find() || ASKED_FOR.matcher(clause).find()
                || HEDGE_AFTER.matcher(sentence.text().substring(trigger.end() - sentence.start())).find()) {
            return true;
        }
        String before = sentence.text().substring(0, trigger.start() - sentence.start());
        int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
        before = before.substring(Math.max(cut + 1, before.length() - 80));
        String after = sentence.text().substring(trigger.end() - sentence.start());
        if (AFTER_REFUSAL.matcher(after).find()) return true;
        java.util.regex.Matcher cue = BEFORE.matcher(before);
        if (!cue.find() || UNTIL.matcher(after).find()) return false;
        // "released without trial and appointed chief engineer": "without" takes a noun, and "and" a new verb;
        // "was not set free but exiled": "but" turns to what did happen
        return !WITHOUT_THEN_AND.matcher(cue.group()).find() && !BUT_THEN.matcher(cue.group()).find();
    }
}

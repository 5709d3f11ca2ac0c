package org.snegov.extract;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words that name a biography's subject: the parts of the title and of the full name in the lead
 * ("Alexei", "Vladimirovich", "Snegov"), lower-cased with {@link Locale#ROOT}, and the pronouns that refer to
 * the subject ("he", "his", "him"; or "she", "her", "hers"; all six when the text does not tell).
 *
 * @param words    the lower-case name words; may be empty, never null
 * @param pronouns the lower-case pronouns that refer to the subject; never null
 */
public record SubjectNames(Set<String> words, Set<String> pronouns) {

    private static final Set<String> MALE = Set.of("he", "his", "him", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final java.util.regex.Pattern PRONOUN = java.util.regex.Pattern.compile(
            "\\b(?:(he|his|him)|(she|her|hers))\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    public SubjectNames {
        words = Set.copyOf(words);
        pronouns = Set.copyOf(pronouns);
    }

    /** The words of the given names, split at white space (words under two letters dropped); any pronoun. */
    public static SubjectNames of(String... names) {
        Set<String> both = new java.util.HashSet<>(MALE);
        both.addAll(FEMALE);
        return new SubjectNames(java.util.Arrays.stream(names)
                .flatMap(n -> java.util.Arrays.stream(n.split("[\\s,]+")))
                .map(SubjectNames::normalize)
                .filter(w -> w.length() > 1)
                .collect(Collectors.toSet()), both);
    }

    /**
     * These names with the pronouns of the subject's gender as {@code text} uses them: "he" when the masculine
     * pronouns outnumber the feminine ones more than twice, "she" in the opposite case, both otherwise.
     */
    public SubjectNames withPronounsOf(String text) {
        int male = 0;
        int female = 0;
        java.util.regex.Matcher m = PRONOUN.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) male++; else female++;
        }
        if (male > 2 * female) return new SubjectNames(words, MALE);
        if (female > 2 * male) return new SubjectNames(words, FEMALE);
        return this;
    }

    /** Whether {@code word} is a pronoun that refers to the subject ("He", "her"). */
    public boolean isPronoun(String word) {
        return pronouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} (possibly possessive, "Korolev's") is one of the subject's name words. */
    public boolean names(String word) {
        return words.contains(normalize(word));
    }

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(?:'s|’s|'|’)$");
    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}\\p{M}-]");

    static String normalize(String word) {
        return NOT_LETTER.matcher(POSSESSIVE.matcher(word).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
    }
}

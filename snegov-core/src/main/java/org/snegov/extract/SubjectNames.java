package org.snegov.extract;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words that name a biography's subject: the parts of the title and of the full name in the lead
 * ("Alexei", "Vladimirovich", "Snegov"), lower-cased with {@link Locale#ROOT}.
 *
 * @param words the lower-case name words; may be empty, never null
 */
public record SubjectNames(Set<String> words) {

    public SubjectNames {
        words = Set.copyOf(words);
    }

    /** The words of the given names, split at white space; words shorter than two letters are dropped. */
    public static SubjectNames of(String... names) {
        return new SubjectNames(java.util.Arrays.stream(names)
                .flatMap(n -> java.util.Arrays.stream(n.split("[\\s,]+")))
                .map(SubjectNames::normalize)
                .filter(w -> w.length() > 1)
                .collect(Collectors.toSet()));
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

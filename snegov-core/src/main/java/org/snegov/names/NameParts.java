package org.snegov.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person's name split into surname, given name and patronymic, each of which may be missing or an initial.
 * {@link #parse(String)} reads both orders ("Снегов Алексей Владимирович", "Alexei Vladimirovich Snegov"),
 * initials ("Снегов А. В.", "A. V. Snegov", "Snegov A.") and a comma after the surname ("Snegov, Alexei").
 *
 * @param surname    the family name, or null
 * @param given      the given name, or its initial (one upper-case letter), or null
 * @param patronymic the patronymic, or its initial, or null
 */
public record NameParts(String surname, String given, String patronymic) {

    private static final Pattern PATRONYMIC = Pattern.compile(
            ".{2,}(vich|vitch|witsch|wicz|vic|vych|ovych|evych|ych|ich|itch|vna|ivna|yivna|ichna|ovne|ówna)");
    private static final Pattern CYRILLIC_PATRONYMIC = Pattern.compile(
            ".{2,}(ович|евич|ич|овна|евна|ична|івна|ївна|авіч|евіч)");
    private static final Pattern INITIAL = Pattern.compile("\\p{L}\\.?");

    public NameParts {
        surname = blankToNull(surname);
        given = blankToNull(given);
        patronymic = blankToNull(patronymic);
    }

    /** Whether the given name is only an initial. */
    public boolean givenIsInitial() {
        return given != null && given.length() == 1;
    }

    /** Whether the patronymic is only an initial. */
    public boolean patronymicIsInitial() {
        return patronymic != null && patronymic.length() == 1;
    }

    /**
     * Splits {@code name}; never throws, never null. An unsplittable name becomes a surname alone. Initials are
     * kept as one upper-case letter without the dot.
     */
    public static NameParts parse(String name) {
        if (name == null || name.isBlank()) {
            return new NameParts(null, null, null);
        }
        boolean commaAfterFirst = name.strip().matches("[^,]+,.*");
        List<String> tokens = new ArrayList<>();
        for (String raw : name.replace(",", " ").replaceAll("(\\p{L})\\.(\\p{L})", "$1. $2").strip().split("\\s+")) {
            String t = raw.strip();
            if (!t.isEmpty() && t.codePoints().anyMatch(Character::isLetter)) {
                tokens.add(INITIAL.matcher(t).matches() ? t.substring(0, 1).toUpperCase(Locale.ROOT) : t);
            }
        }
        if (tokens.isEmpty()) {
            return new NameParts(null, null, null);
        }
        if (tokens.size() == 1) {
            return new NameParts(tokens.get(0), null, null);
        }
        int patronymicAt = -1;
        for (int i = tokens.size() - 1; i >= 1; i--) {
            if (isPatronymic(tokens.get(i))) {
                patronymicAt = i;
                break;
            }
        }
        boolean firstIsInitial = tokens.get(0).length() == 1;
        boolean lastIsInitial = tokens.get(tokens.size() - 1).length() == 1;
        if (patronymicAt == tokens.size() - 1 && tokens.size() >= 3 || !firstIsInitial && lastIsInitial
                || commaAfterFirst) {
            // Surname first: "Снегов Алексей Владимирович", "Снегов А. В.", "Snegov, Alexei".
            return new NameParts(tokens.get(0), tokens.get(1), tokens.size() > 2 ? tokens.get(2) : null);
        }
        if (patronymicAt >= 1 || firstIsInitial) {
            // Given first: "Алексей Владимирович Снегов", "А. В. Снегов".
            String surname = tokens.get(tokens.size() - 1);
            String patronymic = tokens.size() > 2 ? tokens.get(1) : null;
            return new NameParts(surname, tokens.get(0), patronymic);
        }
        if (tokens.size() == 2) {
            GivenNameGroups groups = GivenNameGroups.standard();
            boolean firstGiven = !groups.groupsOf(tokens.get(0)).isEmpty();
            boolean secondGiven = !groups.groupsOf(tokens.get(1)).isEmpty();
            boolean cyrillic = tokens.get(0).chars().anyMatch(c -> c >= 0x400 && c <= 0x4FF);
            if (secondGiven && !firstGiven || cyrillic && firstGiven == secondGiven) {
                return new NameParts(tokens.get(0), tokens.get(1), null);
            }
            return new NameParts(tokens.get(1), tokens.get(0), null);
        }
        return new NameParts(tokens.get(tokens.size() - 1), tokens.get(0),
                String.join(" ", tokens.subList(1, tokens.size() - 1)));
    }

    /** Whether {@code word} looks like a patronymic in any script (Владимирович, Wladimirowitsch, Ivanovna). */
    public static boolean isPatronymic(String word) {
        if (word == null || word.length() < 5) {
            return false;
        }
        return CYRILLIC_PATRONYMIC.matcher(word.toLowerCase(Locale.ROOT)).matches()
                || PATRONYMIC.matcher(NameKeys.fold(word)).matches();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

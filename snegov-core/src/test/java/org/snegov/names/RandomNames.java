package org.snegov.names;

import java.util.Random;

/** Random strings for the no-exception and idempotence tests: Cyrillic, Latin with diacritics, punctuation, noise. */
final class RandomNames {

    private static final String ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯІЇЄ"
            + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüßłśźżąęńóćšžčřýëèéêâûïʹʺ'’` -.,";

    private RandomNames() {
    }

    static String next(Random random) {
        StringBuilder s = new StringBuilder();
        int len = random.nextInt(30);
        for (int j = 0; j < len; j++) {
            if (random.nextInt(10) == 0) {
                s.appendCodePoint(random.nextInt(0x3000));
            } else {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return s.toString();
    }
}

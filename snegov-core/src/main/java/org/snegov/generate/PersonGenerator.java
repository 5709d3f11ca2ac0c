package org.snegov.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes synthetic Person CSV ({@code record_id,source,surname,given_name,patronymic,birth_date,birth_place})
 * and its truth ({@code record_id,person_id}). Each person gets 1 to 4 records from different simulated
 * sources: a Cyrillic list, an English list transliterated in one of several systems, an initials-only
 * archive card, an OCR-damaged copy; birth years may be off by one and patronymics missing. Hard negatives
 * are persons of their own: namesakes (same name, other birth), relatives (same surname and father) and
 * feminine forms. The same tables and seed always give the same bytes.
 */
public final class PersonGenerator {

    private final NameTables tables;

    public PersonGenerator(NameTables tables) {
        this.tables = tables;
    }

    /** Writes {@code persons} persons; returns the number of records written. */
    public long write(int persons, long seed, Writer out, Writer truth) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        out.write("record_id,source,surname,given_name,patronymic,birth_date,birth_place\n");
        truth.write("record_id,person_id\n");
        long records = 0;
        int made = 0;
        while (made < persons) {
            Draw p = person(random);
            records += records(p, "p" + made, random, out, truth, records);
            made++;
            if (made < persons && random.nextInt(10) == 0) {
                Draw negative = switch (random.nextInt(3)) {
                    case 0 -> new Draw(p.surname, p.given, p.father, p.female, p.year + 2 + random.nextInt(20), tables.places.draw(random));
                    case 1 -> relative(p, random);
                    default -> new Draw(feminine(p.surname), tables.female.draw(random), p.father, true, p.year + random.nextInt(5), p.place);
                };
                records += records(negative, "p" + made, random, out, truth, records);
                made++;
            }
        }
        return records;
    }

    private record Draw(String surname, String given, String father, boolean female, int year, String place) {
    }

    private Draw person(SplittableRandom random) {
        boolean female = random.nextInt(10) < 2;
        String surname = tables.surnames.draw(random);
        return new Draw(female ? feminine(surname) : surname, female ? tables.female.draw(random) : tables.male.draw(random),
                tables.male.draw(random), female, 1870 + random.nextInt(50), tables.places.draw(random));
    }

    private Draw relative(Draw p, SplittableRandom random) {
        return new Draw(p.surname, p.female ? tables.female.draw(random) : tables.male.draw(random), p.father, p.female,
                p.year - 5 + random.nextInt(11), p.place);
    }

    private long records(Draw p, String personId, SplittableRandom random, Writer out, Writer truth, long first)
            throws IOException {
        int n = 1 + random.nextInt(4);
        String patronymic = patronymic(p.father, p.female);
        for (int i = 0; i < n; i++) {
            String id = "r" + (first + i);
            String surname = p.surname;
            String given = p.given;
            String patr = patronymic;
            int year = p.year;
            String place = p.place;
            String source;
            switch (i == 0 ? 0 : random.nextInt(4)) {
                case 0 -> source = "list-ru";
                case 1 -> {
                    source = "list-en";
                    int system = random.nextInt(3);
                    surname = Latin.of(surname, system);
                    given = Latin.of(given, system);
                    patr = random.nextBoolean() ? null : Latin.of(patr, system);
                    place = Latin.of(place, system);
                }
                case 2 -> {
                    source = "card";
                    given = given.charAt(0) + ".";
                    patr = patr.charAt(0) + ".";
                }
                default -> {
                    source = "ocr";
                    surname = ocr(surname, random);
                    given = ocr(given, random);
                }
            }
            if (random.nextInt(6) == 0) year += random.nextBoolean() ? 1 : -1;
            if (random.nextInt(8) == 0) patr = null;
            out.write(String.join(",", id, source, csv(surname), csv(given), csv(patr), Integer.toString(year), csv(place)));
            out.write('\n');
            truth.write(id + "," + personId + "\n");
        }
        return n;
    }

    static String patronymic(String father, boolean female) {
        String stem;
        String m;
        if (father.endsWith("й")) {
            stem = father.substring(0, father.length() - 1);
            m = "евич";
        } else if (father.endsWith("ь")) {
            stem = father.substring(0, father.length() - 1);
            m = "евич";
        } else if (father.endsWith("а") || father.endsWith("я")) {
            stem = father.substring(0, father.length() - 1);
            m = "ич";
        } else {
            stem = father;
            m = "ович";
        }
        return stem + (female ? (m.equals("ич") ? "ична" : m.replace("ич", "на")) : m);
    }

    static String feminine(String surname) {
        if (surname.matches(".*(ов|ев|ин|ын)")) return surname + "а";
        if (surname.endsWith("ский")) return surname.substring(0, surname.length() - 2) + "ая";
        return surname;
    }

    private static String ocr(String s, SplittableRandom random) {
        String[][] swaps = {{"е", "ё"}, {"ш", "щ"}, {"и", "н"}, {"о", "0"}, {"л", "п"}, {"в", "з"}};
        String[] swap = swaps[random.nextInt(swaps.length)];
        int at = s.indexOf(swap[0]);
        return at < 0 ? s : s.substring(0, at) + swap[1] + s.substring(at + 1);
    }

    private static String csv(String s) {
        if (s == null) return "";
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Transliteration in three common systems: 0 BGN/PCGN-like, 1 scholarly/ISO-like, 2 German. */
    static final class Latin {
        private static final String CYR = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        private static final String[][] SYSTEMS = {
                {"a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"},
                {"a", "b", "v", "g", "d", "e", "ë", "ž", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "ch", "c", "č", "š", "šč", "ʺ", "y", "ʹ", "è", "ju", "ja"},
                {"a", "b", "w", "g", "d", "e", "jo", "sh", "s", "i", "j", "k", "l", "m", "n", "o", "p", "r", "ss", "t", "u", "f", "ch", "z", "tsch", "sch", "schtsch", "", "y", "", "e", "ju", "ja"}};

        static String of(String s, int system) {
            if (s == null) return null;
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                char lower = Character.toLowerCase(c);
                int at = CYR.indexOf(lower);
                if (at < 0) {
                    b.append(c == 'г' ? "g" : c);
                    continue;
                }
                String t = SYSTEMS[system][at];
                if (Character.isUpperCase(c) && !t.isEmpty()) t = t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
                b.append(t);
            }
            return b.toString();
        }
    }
}

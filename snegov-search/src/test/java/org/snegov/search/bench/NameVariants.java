package org.snegov.search.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.snegov.names.NameTransliteration;
import org.snegov.names.SurnameForms;

/**
 * The ways a searcher may write a generated person's name: one query per spelling system, plus Ukrainian and
 * Belarusian orthography, a given-name variant (diminutive, church or foreign form), initials, the other gender's
 * surname form, and a name with birth-year and place filters.
 */
final class NameVariants {

    /** The systems in report order. */
    static final List<String> SYSTEMS = List.of("BGN/PCGN", "ISO 9", "GOST 7.79-B", "ICAO 2013", "ALA-LC",
            "German", "Polish", "French", "Czech", "Ukrainian national", "Ukrainian BGN", "Belarusian BGN",
            "Russian Cyrillic, surname first", "Ukrainian Cyrillic", "Belarusian Cyrillic", "given-name variant",
            "initials", "other-gender surname", "name + born + place");

    private NameVariants() {
    }

    static Map<String, String> of(PersonGenerator.Generated p, Random random) {
        Map<String, String> q = new LinkedHashMap<>();
        String givenSurname = p.given() + " " + p.surname();
        q.put("BGN/PCGN", NameTransliteration.BGN_PCGN.transliterate(givenSurname));
        q.put("ISO 9", NameTransliteration.ISO_9.transliterate(givenSurname));
        q.put("GOST 7.79-B", NameTransliteration.GOST_7_79_B.transliterate(givenSurname));
        q.put("ICAO 2013", NameTransliteration.ICAO_2013.transliterate(givenSurname));
        q.put("ALA-LC", NameTransliteration.ALA_LC.transliterate(givenSurname));
        q.put("German", NameTransliteration.GERMAN.transliterate(givenSurname));
        q.put("Polish", NameTransliteration.POLISH.transliterate(givenSurname));
        q.put("French", NameTransliteration.FRENCH.transliterate(givenSurname));
        q.put("Czech", NameTransliteration.CZECH.transliterate(givenSurname));
        q.put("Ukrainian national", NameTransliteration.UKRAINIAN_NATIONAL.transliterate(ukrainian(givenSurname)));
        q.put("Ukrainian BGN", NameTransliteration.UKRAINIAN_BGN.transliterate(ukrainian(givenSurname)));
        q.put("Belarusian BGN", NameTransliteration.BELARUSIAN_BGN.transliterate(belarusian(givenSurname)));
        q.put("Russian Cyrillic, surname first", p.surname() + " " + p.given() + " " + p.patronymic());
        q.put("Ukrainian Cyrillic", ukrainian(givenSurname));
        q.put("Belarusian Cyrillic", belarusian(givenSurname));
        List<String> forms = p.group().forms();
        String variant = forms.size() > 1 ? forms.get(1 + random.nextInt(forms.size() - 1)) : forms.get(0);
        q.put("given-name variant", variant + " " + NameTransliteration.BGN_PCGN.transliterate(p.surname()));
        q.put("initials", p.surname() + " " + p.given().charAt(0) + ". " + p.patronymic().charAt(0) + ".");
        String masculine = SurnameForms.masculine(p.surname());
        String other = p.female() ? masculine : feminine(p.surname());
        if (!other.equals(p.surname())) {
            q.put("other-gender surname", p.given() + " " + other);
        }
        q.put("name + born + place", NameTransliteration.BGN_PCGN.transliterate(givenSurname)
                + " born:" + (p.document().birthYear() - 1) + "-" + (p.document().birthYear() + 1)
                + " place:\"" + p.document().birthPlace() + "\"");
        return q;
    }

    static String ukrainian(String russian) {
        return russian.replace("и", "і").replace("ы", "и").replace("э", "е").replace("Э", "Е").replace("ъ", "'")
                .replace("ё", "ьо").replace("И", "І");
    }

    static String belarusian(String russian) {
        return russian.replace("и", "і").replace("И", "І").replace("щ", "шч").replace("Щ", "Шч")
                .replace("ъ", "'").replaceAll("(?<=[аеоуыэяію])в\\b", "ў");
    }

    private static String feminine(String surname) {
        if (surname.endsWith("ский") || surname.endsWith("цкий")) {
            return surname.substring(0, surname.length() - 2) + "ая";
        }
        if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ин")) {
            return surname + "а";
        }
        return surname;
    }
}

package org.snegov.names;

import com.ibm.icu.text.Transliterator;
import java.util.Map;

/**
 * The Cyrillic to Latin systems people actually wrote Soviet names in. ICU4J's transforms serve where ICU has
 * the system (BGN/PCGN, ISO 9); tables serve the rest (see decision record 0030). Russian systems read Russian
 * Cyrillic; the Ukrainian and Belarusian ones read names in those orthographies (і ї є ґ ў), and every system
 * passes letters it does not know through unchanged. Thread-safe.
 */
public enum NameTransliteration {

    /** BGN/PCGN 1947 for Russian (ICU {@code Russian-Latin/BGN}): Aleksey Shcherbakov, Yëlkin, Obʺyedkov. */
    BGN_PCGN("BGN/PCGN transliteration", "Russian-Latin/BGN", null),
    /** ISO 9:1995, one letter for one letter with diacritics (ICU {@code Cyrillic-Latin}): Ŝerbakov, Aleksej. */
    ISO_9("ISO 9 transliteration", "Cyrillic-Latin", null),
    /** GOST 7.79-2000 system B, ASCII only: Shherbakov, Xrushhyov, Aleksej. */
    GOST_7_79_B("GOST 7.79-B transliteration", null, new LetterTable(
            "a b v g d e yo zh z i j k l m n o p r s t u f x c ch sh shh `` y` ` e` yu ya i' yi ye g` u`",
            Map.of(), Map.of(), Map.of(), false, false, null, false, false)),
    /** ICAO Doc 9303 (2013), Russian passports since 2014: Aleksei, Shcherbakov, Obieedkov. */
    ICAO_2013("ICAO passport transliteration", null, new LetterTable(
            "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y - e iu ia i i ie g u",
            Map.of(), Map.of(), Map.of(), false, false, null, false, false)),
    /** ALA-LC (Library of Congress), with its tie ligatures and breves: Alekseĭ, I͡Urʹev. */
    ALA_LC("ALA-LC transliteration", null, new LetterTable(
            "a b v g d e ë zh z i ĭ k l m n o p r s t u f kh t͡s ch sh shch ʺ y ʹ ė i͡u i͡a i ï i͡e g ŭ",
            Map.of(), Map.of(), Map.of(), false, false, null, false, false)),
    /** German (Duden) transcription: Alexej Schtscherbakow, Jewgenij, Wassilij. */
    GERMAN("German transliteration", null, new LetterTable(
            "a b w g d e jo sch s i j k l m n o p r s t u f ch z tsch sch schtsch - y - e ju ja i ji je g u",
            Map.of('е', "je", 'ё', "jo", 'ю', "ju", 'я', "ja", 'є', "je", 'ї', "ji"), Map.of(),
            Map.of('ё', "o"), true, true, null, false, false)),
    /** Polish transcription: Aleksiej Szczerbaków's "Szczerbakow", Sniegow, Żukow. */
    POLISH("Polish transliteration", null, new LetterTable(
            "a b w g d e io ż z i j k ł m n o p r s t u f ch c cz sz szcz - y - e iu ia i ji je g u",
            Map.of('е', "je", 'ё', "jo", 'ю', "ju", 'я', "ja", 'є', "je", 'ї', "ji"),
            Map.of('е', "ie", 'ё', "io", 'ю', "iu", 'я', "ia", 'є', "ie"),
            Map.of('е', "e", 'ё', "o", 'ю', "u", 'я', "a", 'и', "y"), false, false, null, false, true)),
    /** French transcription, with the émigré "-off": Alexeï Chtcherbakoff, Joukoff, Snegoff. */
    FRENCH("French transliteration", null, new LetterTable(
            "a b v g d e io j z i ï k l m n o p r s t ou f kh ts tch ch chtch - y - e iou ia i ï ie g ou",
            Map.of(), Map.of(), Map.of(), true, true, "ff", false, false)),
    /** Czech transcription: Aleksej Ščerbakov, Žukov, Jevgenij. */
    CZECH("Czech transliteration", null, new LetterTable(
            "a b v g d e ë ž z i j k l m n o p r s t u f ch c č š šč - y - e ju ja i ji je g u",
            Map.of('е', "je", 'ё', "jo", 'ю', "ju", 'я', "ja", 'є', "je", 'ї', "ji"), Map.of(), Map.of('ё', "o"),
            false, false, null, false, false)),
    /** Ukrainian national system (Cabinet resolution 55 of 2010), for Ukrainian Cyrillic: Oleksii, Hryhorii. */
    UKRAINIAN_NATIONAL("Ukrainian national transliteration", null, new LetterTable(
            "a b v h d e io zh z y i k l m n o p r s t u f kh ts ch sh shch - y - e iu ia i i ie g u",
            Map.of('ю', "yu", 'я', "ya", 'є', "ye", 'ї', "yi", 'й', "y"), Map.of(), Map.of(),
            false, false, null, true, false)),
    /** BGN/PCGN for Ukrainian Cyrillic (ICU {@code Ukrainian-Latin/BGN}): Oleksiy, Hryhoriy, Yehorov. */
    UKRAINIAN_BGN("Ukrainian BGN/PCGN transliteration", "Ukrainian-Latin/BGN", null),
    /** BGN/PCGN for Belarusian Cyrillic (ICU {@code Belarusian-Latin/BGN}): Alyaksyey, Uladzimir. */
    BELARUSIAN_BGN("Belarusian BGN/PCGN transliteration", "Belarusian-Latin/BGN", null);

    private final String label;
    private final String icuId;
    private final LetterTable table;
    private volatile Transliterator icu;

    NameTransliteration(String label, String icuId, LetterTable table) {
        this.label = label;
        this.icuId = icuId;
        this.table = table;
    }

    /** How a match reason names the system: "German transliteration". */
    public String label() {
        return label;
    }

    /**
     * {@code cyrillic} in this system's Latin. Never null; characters the system does not map pass through, so
     * Latin input comes back unchanged.
     */
    public String transliterate(String cyrillic) {
        if (cyrillic == null || cyrillic.isEmpty()) {
            return "";
        }
        if (table != null) {
            return table.apply(cyrillic);
        }
        String source = switch (this) {
            // ICU's Ukrainian and Belarusian transforms leave letters of other orthographies untouched.
            case UKRAINIAN_BGN -> replaceBoth(cyrillic, "ё", "ьо", "ъ", "'", "ы", "и", "э", "е");
            case BELARUSIAN_BGN -> replaceBoth(cyrillic, "и", "і", "щ", "шч", "ъ", "'");
            default -> cyrillic;
        };
        Transliterator t = icu;
        if (t == null) {
            t = Transliterator.getInstance(icuId);
            icu = t;
        }
        // ICU transliterators are not thread-safe for concurrent transliterate calls on one instance.
        synchronized (t) {
            return t.transliterate(source);
        }
    }

    private static String replaceBoth(String text, String... pairs) {
        String out = text;
        for (int i = 0; i < pairs.length; i += 2) {
            out = out.replace(pairs[i], pairs[i + 1]).replace(pairs[i].toUpperCase(java.util.Locale.ROOT),
                    pairs[i + 1].toUpperCase(java.util.Locale.ROOT));
        }
        return out;
    }
}

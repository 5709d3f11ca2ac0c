package org.snegov.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snegov.model.EventType;

/**
 * Finds camps and exile by destination: a verb of movement or stay ("sent", "taken", "transferred", "spent",
 * "imprisoned", "served", "journey") followed, in the same clause, by a camp word ("Gulag", "labour camp",
 * "sharashka", "Kolyma", an "-LAG" name) or an exile word, not after "from" ("recalled from the camps" is an end,
 * not a stay). A verb followed by a capitalised word or an object pronoun is a transitive use ("sent Mikoyan a
 * letter") and is skipped. "spent" gives a {@link Trigger.Form#DURATION} trigger. Stateless.
 */
public final class CustodyTransferFinder implements TriggerFinder {

    private static final Pattern VERB = Pattern.compile("\\b(?<v>sent|taken|took|transferred|deported|transported|shipped"
            + "|assigned|imprisoned|incarcerated|confined|held|kept|moved|returned|return|journey(?:ed)?|lived|living|remained|stayed|work(?:ed|ing)"
            + "|serv(?:ed|ing)|spent|spending|brought|delivered|dispatched|convoyed|escorted)\\b(?!\\s+as\\b)"
            + "(?!\\s+(?:(?-i:\\p{Lu})|(?:him|them)\\b(?!\\s+(?:home|back|away|off|to)\\b)|her\\s+(?:a|an|the)\\b))"
            + "|\\b(?<v3>work(?:ed|ing)\\s+as)\\b"
            + "(?!\\s+(?:(?-i:\\p{Lu})|him\\b|her\\s+(?:a|an|the)\\b|them\\b))"
            + "|\\b(?<v2>reached|arrived\\s+(?:at|in)|ended\\s+up\\s+(?:at|in)|landed\\s+in)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile(";|\\bbut\\b|\\bwhile\\b|\\bawaiting\\b|\\bpending\\b|\\bwhere\\s+(?:he|she)\\s+"
            + "(?!spent)|\\.\\s|:", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAMP = Pattern.compile("(?<!from\\s(?:the\\s|another\\s|a\\s|one\\s)?)(?:(?i)\\bgulag|\\bsharashk\\w*|camps?\\b"
            + "|\\bitl\\b|\\blagpunkt|\\bkatorga|\\bprison\\s+(?:design\\s+|technical\\s+|research\\s+)?(?:bureau|institute)"
            + "|\\b(?:special|nkvd|ogpu|mvd)\\s+(?:technical\\s+|design\\s+)?bureaus?)"
            + "|(?-i)\\b\\p{Lu}\\p{L}*(?:LAG|lag)(?:\\p{Ll}{1,2})?\\b");
    /** Camp regions, which are camps only as destinations: "lived in Norilsk" after release is not a camp. */
    private static final Pattern CAMP_REGION = Pattern.compile("(?<!from\\s(?:the\\s)?)\\b(?:kolyma|vorkuta|norilsk"
            + "|solovki|solovetsky|magadan|karlag|dalstroy)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STAY = Pattern.compile("lived|living|remained|stayed|kept|work(?:ed|ing)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXILE = Pattern.compile("(?<!from\\s)\\b(?:exile|special\\s+settlement|banishment"
            + "|under\\s+(?:police\\s+|open\\s+|secret\\s+)?(?:surveillance|supervision)|without\\s+the\\s+right\\s+to"
            + "\\s+leave)\\b"
            // "spent the rest of his life in exile in the United Kingdom": emigration, not a Soviet exile
            + "(?!\\s+(?:in|to)\\s+(?:the\\s+)?(?:United\\s+(?:Kingdom|States)|Britain|England|France|Paris|London|Germany"
            + "|Berlin|America|Canada|Switzerland|Italy|Czechoslovakia|Prague|Poland|Warsaw|Yugoslavia|Belgrade|China"
            + "|Harbin|Finland|Sweden|Argentina|Australia|Brazil|Turkey|Istanbul|the\\s+West|emigration)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** A stay told after its camp: "the labour camps, in which he spent eight years". */
    private static final Pattern CAMP_BEFORE = Pattern.compile("(?:\\bcamps?|\\bgulag|\\bsharashk\\w*|\\bprisons?)\\s*,?\\s+"
            + "(?:in|at)\\s+which\\s+(?:he|she)\\s+(?<v>spent|served|remained|worked|lived)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Where a list of places of one stay goes on: ", then in", "and then to", "and, early in 1943, to", "and to".
     * The next place starts at the preposition.
     */
    private static final Pattern CONTINUATION = Pattern.compile("(?:,\\s*(?:and\\s+)?then|\\s+and\\s+then)\\s+(?=(?:in|at|to)\\s)"
            + "|\\s+and\\s*,\\s*[^,;.]{1,30},\\s*(?=to\\s)|\\s+and\\s+(?=to\\s)", Pattern.CASE_INSENSITIVE);

    /**
     * The camp or exile {@code first} followed by one per further place of the list in its clause ("Held at A near
     * Karaganda, then in a camp near B, then in Omsk"; "moved to Bamlag and, early in 1943, to Altailag"): the first
     * then reaches to the end of its own place, and each further one starts at its preposition.
     */
    private static List<Trigger> continued(Trigger first, String window, int windowStart) {
        Matcher m = CONTINUATION.matcher(window);
        List<int[]> places = new ArrayList<>();
        int firstEnd = -1;
        while (m.find()) {
            if (firstEnd >= 0) places.get(places.size() - 1)[2] = m.start();
            else firstEnd = m.start();
            int word = m.start();
            while (word < m.end() && !Character.isLetter(window.charAt(word))) word++;
            int wordEnd = word;
            while (wordEnd < m.end() && Character.isLetter(window.charAt(wordEnd))) wordEnd++;
            places.add(new int[] {word, wordEnd, window.length()});
        }
        if (places.isEmpty()) return List.of(first);
        List<Trigger> out = new ArrayList<>();
        out.add(new Trigger(first.type(), first.start(), first.end(), first.form(),
                Math.min(first.reach(), windowStart + firstEnd)));
        for (int[] place : places) {
            // The list word ("then", "and") is the trigger: a date after it ("and, early in 1943, to") is its own.
            out.add(new Trigger(first.type(), windowStart + place[0], windowStart + place[1], Trigger.Form.LISTED,
                    windowStart + place[2]));
        }
        return out;
    }

    private static final Pattern WORK = Pattern.compile("work", Pattern.CASE_INSENSITIVE);
    /** Camps that are no Gulag: prisoner-of-war, German, Nazi, concentration camps. */
    private static final Pattern FOREIGN_CAMP = Pattern.compile("(?:prisoner[- ]of[- ]war|\\bPOW|\\bGerman|\\bNazi"
            + "|\\bconcentration)[\\s-]*(?:[\\p{L}-]+\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** A movement to a named place: "sent to Yeniseysk". */
    private static final Pattern MOVED = Pattern.compile("sent|deported|transported|shipped|dispatched|taken|convoyed"
            + "|escorted", Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_PLACE = Pattern.compile("\\s+(?:off\\s+)?to\\s+(?:the\\s+(?:town|city|village)\\s+of\\s+)?"
            + "(?-i:\\p{Lu})[\\p{L}-]+");
    /**
     * A sentence to exile or a camp told earlier in the sentence by its authority: "a Special Board sentenced him
     * ... to five years of exile, and". The passive ("he was sentenced to exile") already states the exile.
     */
    private static final Pattern SENTENCED = Pattern.compile("(?<!\\b(?:was|were|been|being)\\s)\\bsentenced\\b[^;:]{0,100}?\\b(?:(?<exile>exile|banishment)"
            + "|(?<camp>(?:labou?r\\s+)?camps?|gulag|itl))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A movement to a named place right after a sentence to exile or a camp in the same sentence is that exile or
     * camp begun: "sentenced him on 4 July 1935 to five years of exile, and he was sent to Yeniseysk".
     */
    private static Trigger sentAfterSentence(Span sentence, String t, Matcher v, String verb, int s, int e) {
        if (!MOVED.matcher(verb).matches()) return null;
        Matcher to = TO_PLACE.matcher(t).region(v.end(), t.length());
        if (!to.lookingAt()) return null;
        Matcher sentenced = SENTENCED.matcher(t).region(0, v.start());
        Trigger found = null;
        while (sentenced.find()) {
            EventType type = sentenced.group("exile") != null ? EventType.EXILE : EventType.CAMP;
            found = t.substring(sentenced.end(), v.start()).indexOf(';') >= 0 ? null
                    : new Trigger(type, s, e, Trigger.Form.TRANSFER, sentence.start() + to.end());
        }
        return found;
    }

    @Override
    public List<Trigger> find(Span sentence) {
        List<Trigger> out = new ArrayList<>();
        String t = sentence.text();
        Matcher before = CAMP_BEFORE.matcher(t);
        while (before.find()) {
            out.add(new Trigger(EventType.CAMP, sentence.start() + before.start("v"), sentence.start() + before.end("v"),
                    Trigger.Form.DURATION));
        }
        Matcher v = VERB.matcher(t);
        while (v.find()) {
            Matcher end = CLAUSE_END.matcher(t);
            int windowEnd = end.find(v.end()) ? end.start() : t.length();
            String window = t.substring(v.end(), windowEnd);
            String verb = v.group("v") != null ? v.group("v") : v.group("v2") != null ? v.group("v2") : v.group("v3");
            boolean duration = verb.toLowerCase(java.util.Locale.ROOT).startsWith("spen");
            Trigger.Form form = duration ? Trigger.Form.DURATION : Trigger.Form.TRANSFER;
            int s = sentence.start() + v.start();
            int e = sentence.start() + v.end();
            boolean stay = STAY.matcher(verb).matches();
            Matcher camp = CAMP.matcher(window);
            Matcher region = CAMP_REGION.matcher(window);
            Matcher exile = EXILE.matcher(window);
            int added = out.size();
            boolean campFound = camp.find();
            if (campFound && FOREIGN_CAMP.matcher(window.substring(0, camp.start())).find()) {
                campFound = false; // "German prisoner-of-war camps" are no Gulag
            }
            if (campFound) out.add(new Trigger(EventType.CAMP, s, e, form, e + camp.end()));
            else if (!stay && region.find() && !exile.find(0)) {
                // "sent into exile in Magadan": the exile names the stay, the region only its place
                out.add(new Trigger(EventType.CAMP, s, e, form, e + region.end()));
            }
            if (exile.find(0)) out.add(new Trigger(EventType.EXILE, s, e, form, e + exile.end()));
            if (out.size() == added + 1 && !WORK.matcher(verb).lookingAt()) {
                // a list after "worked" names jobs ("as a nurse and then in the camp morgue"), not places
                out.addAll(continued(out.remove(added), window, sentence.start() + v.end()));
            }
            else if (!camp.find(0) && !(!stay && region.find(0))) {
                Trigger sent = sentAfterSentence(sentence, t, v, verb, s, e);
                if (sent != null) out.add(sent);
            }
        }
        return out;
    }
}

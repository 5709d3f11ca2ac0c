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

    private static final Pattern VERB = Pattern.compile("\\b(?<v>sent|taken|transferred|deported|transported|shipped"
            + "|assigned|imprisoned|incarcerated|confined|held|moved|returned|return|journey(?:ed)?|lived|living|remained|stayed|work(?:ed|ing)"
            + "|serv(?:ed|ing)|spent|spending|brought|delivered|dispatched|convoyed|escorted)\\b(?!\\s+as\\b)"
            + "(?!\\s+(?:(?-i:\\p{Lu})|him\\b|her\\s+(?:a|an|the)\\b|them\\b))"
            + "|\\b(?<v3>work(?:ed|ing)\\s+as)\\b"
            + "(?!\\s+(?:(?-i:\\p{Lu})|him\\b|her\\s+(?:a|an|the)\\b|them\\b))"
            + "|\\b(?<v2>reached|arrived\\s+(?:at|in)|ended\\s+up\\s+(?:at|in)|landed\\s+in)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile(";|\\bbut\\b|\\bwhile\\b|\\bwhere\\s+(?:he|she)\\s+"
            + "(?!spent)|\\.\\s|:", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAMP = Pattern.compile("(?<!from\\s(?:the\\s|another\\s|a\\s|one\\s)?)(?:(?i)\\bgulag|\\bsharashk\\w*|camps?\\b"
            + "|\\bitl\\b|\\blagpunkt|\\bkatorga|\\bprison\\s+(?:design\\s+|technical\\s+|research\\s+)?(?:bureau|institute)"
            + "|\\b(?:special|nkvd|ogpu|mvd)\\s+(?:technical\\s+|design\\s+)?bureaus?)"
            + "|(?-i)\\b\\p{Lu}\\p{L}*(?:LAG|lag)(?:\\p{Ll}{1,2})?\\b");
    /** Camp regions, which are camps only as destinations: "lived in Norilsk" after release is not a camp. */
    private static final Pattern CAMP_REGION = Pattern.compile("(?<!from\\s(?:the\\s)?)\\b(?:kolyma|vorkuta|norilsk"
            + "|solovki|solovetsky|magadan|karlag|dalstroy)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STAY = Pattern.compile("lived|living|remained|stayed|work(?:ed|ing)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXILE = Pattern.compile("(?<!from\\s)\\b(?:exile|special\\s+settlement|banishment)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A stay told after its camp: "the labour camps, in which he spent eight years". */
    private static final Pattern CAMP_BEFORE = Pattern.compile("(?:\\bcamps?|\\bgulag|\\bsharashk\\w*|\\bprisons?)\\s*,?\\s+"
            + "(?:in|at)\\s+which\\s+(?:he|she)\\s+(?<v>spent|served|remained|worked|lived)\\b", Pattern.CASE_INSENSITIVE);

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
            if (camp.find()) out.add(new Trigger(EventType.CAMP, s, e, form, e + camp.end()));
            else if (!stay && region.find()) out.add(new Trigger(EventType.CAMP, s, e, form, e + region.end()));
            if (exile.find()) out.add(new Trigger(EventType.EXILE, s, e, form, e + exile.end()));
        }
        return out;
    }
}

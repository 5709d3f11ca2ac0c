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
            + "|assigned|imprisoned|incarcerated|confined|held|moved|returned|return|journey(?:ed)?|lived|living|remained|stayed"
            + "|serv(?:ed|ing)|spent|spending)\\b(?!\\s+as\\b)(?!\\s+(?:(?-i:\\p{Lu})|him\\b|her\\s+(?:a|an|the)\\b|them\\b))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile(";|\\bbut\\b|\\bwhile\\b|\\bwhere\\s+(?:he|she)\\s+"
            + "(?!spent)|\\.\\s|:", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAMP = Pattern.compile("(?<!from\\s(?:the\\s)?)(?:(?i)\\bgulag|\\bkolyma|\\bvorkuta"
            + "|\\bnorilsk|\\bsolovki|\\bsolovetsky|\\bsharashk\\w*|\\bcamps?\\b|\\bitl\\b|\\blagpunkt|\\bkatorga)"
            + "|(?-i)\\b\\p{Lu}\\p{L}*(?:LAG|lag)\\b");
    private static final Pattern EXILE = Pattern.compile("(?<!from\\s)\\b(?:exile|special\\s+settlement|banishment)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<Trigger> find(Span sentence) {
        List<Trigger> out = new ArrayList<>();
        String t = sentence.text();
        Matcher v = VERB.matcher(t);
        while (v.find()) {
            Matcher end = CLAUSE_END.matcher(t);
            int windowEnd = end.find(v.end()) ? end.start() : t.length();
            String window = t.substring(v.end(), windowEnd);
            boolean duration = v.group("v").toLowerCase(java.util.Locale.ROOT).startsWith("spen");
            Trigger.Form form = duration ? Trigger.Form.DURATION : Trigger.Form.TRANSFER;
            int s = sentence.start() + v.start();
            int e = sentence.start() + v.end();
            if (CAMP.matcher(window).find()) out.add(new Trigger(EventType.CAMP, s, e, form));
            if (EXILE.matcher(window).find()) out.add(new Trigger(EventType.EXILE, s, e, form));
        }
        return out;
    }
}

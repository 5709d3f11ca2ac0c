package org.snegov.extract;

import static org.snegov.extract.Trigger.Form.NOUN;
import static org.snegov.extract.Trigger.Form.VERB;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snegov.model.EventType;

/**
 * Finds triggers from a lexicon of English phrases per event type: passive verbs ("was arrested", "was
 * rehabilitated"), verb phrases ("went into retirement", "served as", "became a member of the ... committee") and
 * nouns after a possessive ("his release"). A noun without a possessive ("the arrest of Yezhov") is never a
 * trigger: it usually names another person's event. Camps and exile by destination are
 * {@link CustodyTransferFinder}'s. Stateless.
 */
public final class LexiconTriggerFinder implements TriggerFinder {

    private record Rule(EventType type, Trigger.Form form, Pattern pattern) {
    }

    private static final String W = "[\\p{L}\\p{M}'’()-]+\\s+";
    private static final String OFFICE = "(?:secretary|advis[eo]r|chairman|chairwoman|head|director|deputy|commissar"
            + "|chief|editor|president|minister|governor|rector|dean|commander|prosecutor|ambassador|consul"
            + "|member\\s+of\\s+(?:the\\s+)?(?:" + W + "){0,4}?(?:committee|commission|council|bureau|presidium"
            + "|politburo|orgburo|soviet|collegium|board|secretariat|academy))";
    private static final String PARTY = "(?:party|bolsheviks|mensheviks|cpsu|rsdlp|vkp)";
    private static final String ORGAN = "(?:nkvd|ogpu|gpu|cheka|vchk|mgb|kgb|nkgb|mvd|red\\s+army|army|navy|staff"
            + "|faculty|editorial\\s+board|board|academy|diplomatic\\s+service|ministry|commissariat)";
    /** Heads of an object that make "worked in X" a place of living, not a post. */
    private static final Set<String> LOCATION_HEADS = Set.of("town", "city", "village", "region", "area", "country",
            "countryside", "settlement", "north", "south", "east", "west", "far");

    private static final List<Rule> RULES = List.of(
            verb(EventType.ARREST, "\\b(?:re-?)?arrested\\b|\\bplaced\\s+under\\s+arrest\\b"
                    + "|\\btaken\\s+into\\s+custody\\b|\\bdetained\\b"),
            noun(EventType.ARREST, "\\b(?:his|her)\\s+(?:first\\s+|second\\s+|third\\s+|new\\s+|final\\s+)?"
                    + "(?<t>(?:re-?)?arrest)\\b(?!\\s+(?:of|warrant))"),
            verb(EventType.RELEASE, "\\breleased\\b|\\bfreed\\b|\\bset\\s+free\\b"),
            noun(EventType.RELEASE, "\\b(?:his|her)\\s+(?:eventual\\s+|early\\s+)?(?<t>release)\\b"),
            verb(EventType.ACQUITTAL, "\\bacquitted\\b|\\bfound\\s+not\\s+guilty\\b|\\b(?:charges|case)\\s+"
                    + "(?:against\\s+(?:him|her)\\s+)?(?:was|were)\\s+(?:dropped|dismissed|closed)\\b"),
            verb(EventType.SENTENCE, "\\bsentenced\\b|\\bconvicted\\b|\\bcondemned\\b"
                    + "|\\bserv(?:ed|ing)\\s+(?:a|an|his|her)\\s+(?:[\\w-]+\\s+){0,3}?(?:sentence|term)\\b"
                    + "|\\bgiven\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:sentence|term)\\b"),
            noun(EventType.SENTENCE, "(?<t>\\bsentence)\\s+was\\s+(?:reduced|commuted|increased|extended|changed"
                    + "|replaced|confirmed)\\b"),
            verb(EventType.EXILE, "\\bexiled\\b|\\bbanished\\b|\\bdeported\\b"),
            verb(EventType.EXECUTION, "\\bexecuted\\b|\\b(?:was|were)\\s+shot\\b|\\bput\\s+to\\s+death\\b"),
            noun(EventType.EXECUTION, "\\b(?:his|her)\\s+(?<t>execution)\\b"),
            verb(EventType.REHABILITATION, "\\brehabilitated\\b"),
            noun(EventType.REHABILITATION, "\\b(?:his|her)\\s+(?:posthumous\\s+|full\\s+|partial\\s+|official\\s+)?"
                    + "(?<t>rehabilitation)\\b"),
            verb(EventType.PARTY_JOIN, "\\bjoined\\s+the\\s+(?:" + W + "){0,3}?" + PARTY + "\\b(?!\\s+(?:central\\s+)?"
                    + "(?:committee|organi[sz]ation|cell|school))"
                    + "|\\b(?:was|became|becoming|become|been)\\s+(?:already\\s+|also\\s+)?a\\s+member\\s+of\\s+the\\s+"
                    + "(?:" + W + "){0,2}?" + PARTY + "\\b(?!\\s+(?:central\\s+)?(?:committee|organi[sz]ation|cell))"
                    + "|\\b(?:became|becoming|become)\\s+a\\s+(?:communist\\s+|bolshevik\\s+)?party\\s+member\\b"),
            verb(EventType.EXPULSION, "\\bexpelled\\b|\\bexcluded\\s+from\\s+the\\s+party\\b"),
            noun(EventType.EXPULSION, "\\b(?:his|her)\\s+(?<t>expulsion)\\b"),
            verb(EventType.REINSTATEMENT, "\\breinstated\\b|\\bmembership\\s+was\\s+restored\\b"
                    + "|\\brestored\\s+to\\s+the\\s+party\\b"),
            verb(EventType.POSITION, "\\bserv(?:ed|ing)\\s+as\\b|\\bwork(?:ed|ing)\\s+as\\b"
                    + "|\\bheld\\s+(?:[\\w-]+\\s+){0,3}?(?:positions?|posts?|offices?)\\b"
                    + "|\\b(?:was|became|becoming|become|been)\\s+(?:also\\s+|later\\s+|then\\s+)?"
                    + "(?:appointed\\s+|elected\\s+|named\\s+|made\\s+)?(?:as\\s+)?(?:(?:a|an|the)\\s+)?"
                    + "(?:[\\p{L}'’-]+\\s+){0,3}?" + OFFICE + "\\b"
                    + "|\\b(?:was|were)\\s+appointed\\b|\\belected\\s+(?:to|as)\\b"
                    + "|\\bjoined\\s+the\\s+" + ORGAN + "\\b"),
            verb(EventType.POSITION, "\\bwork(?:ed|ing)\\s+(?:in|at|for)\\s+(?<obj>[^,.;:()]{1,40})"),
            verb(EventType.AWARD, "\\bawarded\\b|\\b(?:received|won)\\s+the\\s+(?:" + W + "){0,4}?"
                    + "(?:prize|order|medal|award)\\b"),
            verb(EventType.RETIREMENT, "\\bretired\\b|\\bwent\\s+into\\s+retirement\\b"),
            noun(EventType.RETIREMENT, "\\b(?:his|her)\\s+(?<t>retirement)\\b"),
            verb(EventType.TESTIMONY, "\\btestif(?:y|ied|ying)\\b|\\bgave\\s+(?:evidence|testimony)\\b"),
            verb(EventType.DEATH, "\\bdied\\b|\\bpassed\\s+away\\b|\\bperished\\b|\\bwas\\s+killed\\b"));

    private static Rule verb(EventType type, String regex) {
        return new Rule(type, VERB, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static Rule noun(EventType type, String regex) {
        return new Rule(type, NOUN, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    @Override
    public List<Trigger> find(Span sentence) {
        List<Trigger> out = new ArrayList<>();
        String t = sentence.text();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(t);
            while (m.find()) {
                if (hasGroup(m, "obj") && m.group("obj") != null && !isPost(m.group("obj"))) continue;
                int s = hasGroup(m, "t") && m.group("t") != null ? m.start("t") : m.start();
                int e = hasGroup(m, "t") && m.group("t") != null ? m.end("t") : m.end();
                if (hasGroup(m, "obj")) e = m.start("obj");
                out.add(new Trigger(rule.type(), sentence.start() + s, sentence.start() + e, rule.form()));
            }
        }
        return out;
    }

    /** Whether the object of "worked in/at/for" names a post or an institution rather than a place. */
    private static boolean isPost(String object) {
        String[] words = object.strip().split("\\s+");
        int n = 0;
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (Set.of("of", "in", "at", "on", "for", "with", "to", "from", "and").contains(lw)) break;
            if (n == 0 && Character.isUpperCase(w.charAt(0)) && !Set.of("the", "a", "an").contains(lw)) return false;
            if (LOCATION_HEADS.contains(lw)) return false;
            if (!Set.of("the", "a", "an", "its", "his", "her", "their").contains(lw)) n++;
        }
        return n > 0;
    }

    private static boolean hasGroup(Matcher m, String name) {
        return m.pattern().namedGroups().containsKey(name);
    }
}

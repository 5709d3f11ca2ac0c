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

    /** A pattern, tried only on sentences that hold one of its cues (lower-case substrings), for speed. */
    private record Rule(EventType type, Trigger.Form form, Pattern pattern, List<String> cues, boolean hasTarget,
                        boolean hasObject, boolean hasTarget2) {
        Rule(EventType type, Trigger.Form form, Pattern pattern, List<String> cues) {
            this(type, form, pattern, cues, pattern.pattern().contains("(?<t>"), pattern.pattern().contains("(?<obj>"),
                    pattern.pattern().contains("(?<t2>"));
        }

        boolean cued(String lowerSentence) {
            for (String c : cues) {
                if (lowerSentence.contains(c)) return true;
            }
            return false;
        }
    }

    private static final String W = "[\\p{L}\\p{M}'’()-]+\\s+";
    private static final String OFFICE = "(?:vice-)?(?:secretary|advis[eo]r|chairman|chairwoman|head|director|deputy|commissar"
            + "|chief|editor|president|minister|governor|rector|dean|commander|prosecutor|ambassador|consul|envoy"
            + "|abbot|archimandrite|hegumen|abbess|keeper|curator"
            + "|headmistress|headmaster|principal"
            + "|(?:trade\\s+|plenipotentiary\\s+)?representative|plenipotentiary"
            + "|member\\s+of\\s+(?:the\\s+)?(?:" + W + "){0,4}?(?:committee|commission|council|bureau|presidium"
            + "|politburo|orgburo|soviet|collegium|board|secretariat|academy)(?!\\s+union))";
    /** Places of study, from which an expulsion is no party expulsion. */
    private static final String SCHOOL = "university|college|institute|school|gymnasium|faculty|conservatory|seminary"
            + "|lyceum|courses";
    /** Words that undo a post rather than give it: "was removed as president" is no post. */
    private static final String NOT_REMOVAL = "(?!(?:removed|dismissed|relieved|ousted|deposed|stripped|sacked|fired"
            + "|replaced|demoted|suspended|barred|banned|forbidden|succeeded|no|not|never|former|ex)\\b)";
    private static final String PARTY = "(?:party|bolsheviks|mensheviks|cpsu|rsdlp|vkp)";
    private static final String YEAR_WORD = "1[89][0-9]{2}";
    /** The date that opens a timeline or CV item: "1937", "1921–1927", "May 1937", "14 March 1938". */
    private static final String ITEM_DATE = "(?:\\d{1,2}\\s+)?(?:[A-Z][a-z]+\\s+)?1[89]\\d{2}(?:\\s*[–-]\\s*1[89]\\d{2})?";
    private static final String ORGAN = "(?:nkvd|ogpu|gpu|cheka|vchk|mgb|kgb|nkgb|mvd|red\\s+army|army|navy|staff"
            + "|faculty|editorial\\s+board|board|academy|diplomatic\\s+service|ministry|commissariat)";
    /** Heads of an object that make "worked in X" a place of living, not a post. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their");
    /** Words that make the object of "worked in/at/for" an employer. */
    private static final Set<String> INSTITUTIONS = Set.of("institute", "university", "academy", "committee",
            "ministry", "commissariat", "bureau", "department", "office", "trust", "plant", "factory", "newspaper",
            "journal", "magazine", "theatre", "theater", "hospital", "laboratory", "school", "museum", "library",
            "publishing", "nkvd", "ogpu", "cheka", "gpu", "apparatus", "administration", "secretariat", "council",
            "commission", "editorial", "pravda", "izvestia", "comintern", "embassy", "court", "procuracy",
            "prosecutor's", "headquarters", "staff", "section", "work");
    /** Words that make the object of "worked in" a place of custody, which is a camp, not a post. */
    private static final Set<String> CUSTODY = Set.of("prison", "sharashka", "gulag");
    private static final Pattern CUSTODY_PLACE = Pattern.compile("\\bspecial\\s+(?:technical|design)\\s+bureau",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> LOCATION_HEADS = Set.of("town", "city", "village", "region", "area", "country",
            "countryside", "settlement", "north", "south", "east", "west", "far");

    private static final List<Rule> RULES = List.of(
            verb(EventType.ARREST, "\\b(?:re-?)?arrested\\b|\\bplaced\\s+under\\s+arrest\\b"
                    + "|\\btaken\\s+into\\s+custody\\b|\\bdetained\\b"
                    + "|\\b(?:was|were)\\s+(?:again\\s+|soon\\s+|then\\s+)?(?:caught|seized|apprehended|picked\\s+up|rounded\\s+up)\\b"
                    + "|\\b(?:took|take|taking)\\s+(?:him|her|the\\s+(?:[\\p{L}-]+\\s+)?\\p{Ll}+|(?-i:\\p{Lu})\\p{L}+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?)\\s+(?:again\\s+|once\\s+more\\s+)?into\\s+custody\\b"
                    + "|\\bseized\\s+(?=(?:him|her|the\\s+(?:[\\p{L}-]+\\s+)?\\p{Ll}+|(?-i:\\p{Lu})\\p{L}+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?))",
                    List.of("arrest", "custody", "detained", "caught", "seized", "apprehended", "picked", "rounded")),
            // "the NKVD came for him": the one come for is arrested
            agent(EventType.ARREST, "\\bcame\\s+for\\s+(?:him|her|(?-i:\\p{Lu})\\p{L}+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?)\\b",
                    List.of("came for")),
            // a timeline or CV item: "1921–1927: secretary of the district committee", "1937: arrest and execution"
            verb(EventType.POSITION, "^" + ITEM_DATE + ":\\s+(?<t>(?:[\\p{L}'’-]+\\s+){0,3}?(?:" + OFFICE + "|doctor|teacher|lecturer"
                    + "|professor|engineer|researcher|surgeon|instructor|accountant|bookkeeper|librarian|agronomist"
                    + "|journalist|editor|physician))\\b", List.of(":")),
            verb(EventType.ARREST, "(?:^" + ITEM_DATE + ":\\s+|;\\s+)(?<t>(?:re-?)?arrest)\\b(?=\\s*(?:[.;,]|and\\b|$|in\\s))",
                    List.of("arrest")),
            verb(EventType.EXECUTION, "(?:^" + ITEM_DATE + ":\\s+|;\\s+|\\barrest\\s+and\\s+)(?<t>execution)\\b(?=\\s*(?:[.;,]|$))",
                    List.of("execution")),
            verb(EventType.REHABILITATION, "^" + ITEM_DATE + ":\\s+(?<t>(?:full\\s+|posthumous\\s+)?rehabilitation)\\b(?=\\s*(?:[.;,]|$))",
                    List.of("rehabilitation")),
            noun(EventType.ARREST, "\\b(?:his|her|(?-i:\\p{Lu})\\p{L}+['’]s)\\s+(?:first\\s+|second\\s+|third\\s+|new\\s+|final\\s+)?"
                    + "(?<t>(?:re-?)?arrest)\\b(?!\\s+(?:of|warrant))", List.of("arrest")),
            verb(EventType.RELEASE, "\\breleased\\b|\\bfreed\\b|\\bset\\s+free\\b|\\bamnestied\\b"
                    + "|\\blet\\s+out\\s+of\\b|\\b(?:granted|given|won)\\s+(?:an\\s+)?(?:early\\s+)?release\\b",
                    List.of("release", "freed", "free", "amnestied", "let out")),
            noun(EventType.RELEASE, "\\b(?:his|her)\\s+(?:eventual\\s+|early\\s+)?(?<t>release)\\b", List.of("release")),
            noun(EventType.RELEASE, "\\b(?:his|her|the)\\s+(?<t>exile|banishment)\\s+was\\s+(?:(?:later|then|finally|formally)\\s+)?"
                    + "(?:lifted|ended|cancelled|canceled|revoked)\\b"
                    // "The restrictions of the special settlement were lifted in 1955"
                    + "|\\b(?<t2>restrictions|status)\\s+(?:(?:of|on)\\s+(?:the\\s+|his\\s+|her\\s+)?special\\s+settle(?:ment|rs?)"
                    + "|as\\s+(?:a\\s+)?special\\s+settlers?)\\s+(?:were|was)\\s+"
                    + "(?:lifted|removed|cancelled|canceled)\\b", List.of("exile", "banishment", "settle")),
            verb(EventType.RELEASE, "\\blet\\s+go\\b(?!\\s+(?:of|from)\\b)|\\blet\\s+(?:him|her)\\s+go\\b|\\b(?:allowed|permitted)\\s+to\\s+(?:return|go\\s+back"
                    + "|come\\s+back|go\\s+home|leave\\s+(?:the\\s+camp|exile|(?:his|her)\\s+exile))\\b",
                    List.of("let go", "allowed to", "permitted to", "let him", "let her")),
            verb(EventType.ACQUITTAL, "\\bacquitted\\b|\\bfound\\s+not\\s+guilty\\b", List.of("acquitted", "guilty", "dropped", "dismissed", "closed")),
            noun(EventType.ACQUITTAL, "\\b(?<t>charges|case)\\s+(?:against\\s+(?:him|her)\\s+)?(?:was|were)\\s+"
                    + "(?:dropped|dismissed|closed)\\b", List.of("dropped", "dismissed", "closed")),
            verb(EventType.SENTENCE, "\\bsentenced\\b|\\bconvicted\\b|\\bcondemned\\b"
                    // "served an 8-year sentence" states one; "served his term" goes back to a sentence told before
                    + "|\\bserv(?:ed|ing)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:sentence|term)\\b"
                    + "|\\b(?:given|received|got|handed)\\s+(?:a|an|another)\\s+(?:[\\w-]+\\s+){0,3}?(?:sentence|term)\\b"
                    + "|\\b(?:given|received|got)\\s+(?:a\\s+further\\s+|another\\s+)?(?:\\d{1,2}|two|three|four|five|six|seven|eight"
                    + "|nine|ten|eleven|twelve|fifteen|twenty|twenty-five)\\s+years\\b",
                    List.of("sentence", "convicted", "condemned", "term", "years")),
            verb(EventType.SENTENCE, "\\bgave\\s+(?:him|her|the\\s+(?:[\\p{L}-]+\\s+)?\\p{Ll}+|(?-i:\\p{Lu})\\p{L}+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?)\\s+(?:a\\s+further\\s+|another\\s+)?(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five)\\s+years\\b"
                    + "|\\bgave\\s+(?:him|her)\\s+(?:a|an|another)\\s+(?:[\\w-]+\\s+){0,3}?(?:sentence|term)\\b", List.of("gave")),
            noun(EventType.SENTENCE, "^(?:a\\s+)?(?<t>death\\s+sentence)\\b", List.of("sentence")),
            noun(EventType.SENTENCE, "\\b(?:reduced|commuted|extended|increased|lengthened)\\s+(?:his|her)\\s+(?<t>sentence|term)\\b",
                    List.of("sentence", "term")),
            noun(EventType.SENTENCE, "(?<t>\\b(?:sentence|term))\\s+was\\s+(?:later\\s+|then\\s+|soon\\s+)?(?:reduced|commuted|increased|extended|changed"
                    + "|replaced|confirmed|eased|softened|lengthened|mitigated)\\b", List.of("sentence", "term")),
            verb(EventType.EXILE, "\\bexiled\\b|\\bbanished\\b|\\bdeported\\b"
                    // "lived for ten years as a special settler", "was assigned as a special settler to Karaganda"
                    + "|(?<!status\\s)\\bas\\s+(?:a\\s+)?special\\s+settlers?\\b(?!\\s+(?:was|were)\\s+(?:lifted|removed))",
                    List.of("exiled", "banished", "deported", "settler")),
            noun(EventType.EXILE, "\\b(?:his|her)\\s+(?<t>exile)\\s+was\\s+(?:again\\s+)?(?:extended|prolonged|renewed)\\b",
                    List.of("extended", "prolonged", "renewed")),
            // The labour army of Soviet Germans and others was forced labour under camp rule.
            verb(EventType.CAMP, "\\bmobili[sz]ed\\s+(?:in)?to\\s+(?:the\\s+)?(?:so-called\\s+)?(?<t>labou?r\\s+army)\\b"
                    + "|\\b(?:sent|drafted|conscripted)\\s+(?:in)?to\\s+(?:the\\s+)?(?:so-called\\s+)?(?<t2>labou?r\\s+army)\\b",
                    List.of("labour army", "labor army")),
            verb(EventType.RELEASE, "\\b(?:demobili[sz]ed|released)\\s+from\\s+(?:the\\s+)?labou?r\\s+army\\b",
                    List.of("labour army", "labor army")),
            verb(EventType.EXECUTION, "\\bexecuted\\b|\\b(?:was|were|been|and|,)\\s+(?:then\\s+|later\\s+|soon\\s+)?(?<t>shot)\\b(?!\\s+(?:at\\s+(?!(?-i:\\p{Lu})|the\\s+(?-i:\\p{Lu})|the\\s+(?:[\\w-]+\\s+){0,2}?(?:execution|shooting|firing)\\s+(?:ground|range|site))|in\\s+the\\s+(?:leg|arm|back|head)|down|dead\\s+by\\s+(?:a|an)\\s))|\\bput\\s+to\\s+death\\b"
                    // a timeline's or a telegraphic text's bare participle ("- 3 November 1937: shot.", "Shot 1938.")
                    + "|(?:^|:\\s+)(?<t2>shot)\\b(?!\\s+(?:at|down|dead)\\b)|\\bshot\\s+(?:him|her)\\b(?!\\s+(?:in\\s+the|at)\\b)"
                    + "|\\bdied\\s+(?:by|before|in\\s+front\\s+of)\\s+(?:a\\s+)?firing\\s+squad\\b"
                    + "|\\b(?:death\\s+)?sentence\\s+was\\s+carried\\s+out\\b", List.of("executed", "shot", "death", "firing", "carried")),
            noun(EventType.EXECUTION, "\\b(?:his|her)\\s+(?<t>execution)\\b", List.of("execution")),
            verb(EventType.REHABILITATION, "\\brehabilitated\\b|\\bexonerated\\b|\\b(?:fully|completely|posthumously)\\s+cleared\\b|\\bcleared\\s+of\\s+(?:all\\s+)?(?:the\\s+)?charges\\b",
                    List.of("rehabilitated", "exonerated", "cleared")),
            noun(EventType.REHABILITATION, "\\b(?:annull?(?:ed)?|quash(?:ed)?|overturn(?:ed)?|revoked?|set\\s+aside|reversed)\\s+"
                    + "(?:the|his|her)\\s+(?:[\\w-]+\\s+)?(?<t>verdicts?|sentences?|convictions?)\\b"
                    + "|\\b(?:the|his|her|(?-i:\\p{Lu})\\p{L}+['’]s)\\s+(?:[\\w-]+\\s+)?(?<t2>verdicts?|sentences?|convictions?|decisions?)"
                    // "the 1922 conviction, which had been handed down by a tribunal, was annulled"
                    + "(?:,\\s+(?:which|that)\\s+[^,;]{1,80},)?\\s+(?:against\\s+(?:him|her)\\s+)?"
                    // "the 1937 sentence of the Leningrad troika was overturned only in 1989"
                    + "(?:(?:of|by)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){1,3}?)?(?:was|were)\\s+(?:only\\s+|finally\\s+|eventually\\s+|later\\s+)?"
                    + "(?:annulled|quashed|overturned|revoked|set\\s+aside|reversed)\\b",
                    List.of("annul", "quash", "overturn", "revoke", "aside", "reversed")),
            verb(EventType.REHABILITATION, "\\bcleared\\s+(?:him|her|(?-i:\\p{Lu})\\p{L}+)\\s+(?:of|posthumously|completely|fully)\\b",
                    List.of("cleared")),
            noun(EventType.REHABILITATION, "\\bclear(?:ed)?\\s+(?:his|her)\\s+(?<t>name)\\b", List.of("clear")),
            noun(EventType.REHABILITATION, "\\b(?:(?:formal|official|full|posthumous)\\s+)?(?<t>rehabilitation)\\s+(?:followed|came)\\b",
                    List.of("rehabilitation")),
            noun(EventType.REHABILITATION, "\\b(?:his|her)\\s+(?:posthumous\\s+|full\\s+|partial\\s+|official\\s+|formal\\s+)?"
                    + "(?<t>rehabilitation)\\b", List.of("rehabilitation")),
            // a timeline's bare participle: "- 1934: appointed director of the plant"
            verb(EventType.POSITION, "(?:^|:\\s+)(?<t>appointed|elected|named)\\s+(?:as\\s+)?(?:(?:a|an|the)\\s+)?"
                    + "(?:" + NOT_REMOVAL + "[\\p{L}'’-]+\\s+){0,3}?" + OFFICE + "\\b", List.of("appointed", "elected", "named")),
            verb(EventType.POSITION, "\\b(?:and|then)\\s+(?:later\\s+|soon\\s+)?(?<t>appointed|named)\\s+(?:as\\s+)?"
                    + "(?:(?:a|an|the)\\s+)?(?:" + NOT_REMOVAL + "[\\p{L}'’-]+\\s+){0,3}?" + OFFICE + "\\b"
                    + "|\\b(?<t2>taught)\\s+(?!(?:him|her|them|himself|herself|me|us|there|that|it)\\b)\\p{Ll}{4,}\\b",
                    List.of("appointed", "named", "taught")),
            verb(EventType.PARTY_JOIN, "\\bjoined\\s+the\\s+(?:" + W + "){0,5}?" + PARTY + "\\b(?!\\s+(?:central\\s+)?"
                    + "(?:committee|organi[sz]ation|cell|school))"
                    + "|\\bjoined\\s+the\\s+(?:bolshevik|menshevik)\\s+(?:faction|wing)\\b"
                    // "joined the Red Army in May 1918 and the Russian Communist Party (Bolsheviks) in March 1919"
                    + "|\\bjoined\\s+the\\s+[^,;.()]{2,60}?\\s+and\\s+(?<t>the\\s+(?:" + W + "){0,5}?" + PARTY + ")\\b"
                    + "|\\b(?:was|became|becoming|become|been)\\s+(?:already\\s+|also\\s+)?a\\s+member\\s+of\\s+the\\s+"
                    + "(?:" + W + "){0,2}?" + PARTY + "\\b(?!\\s+(?:central\\s+)?(?:committee|organi[sz]ation|cell))"
                    + "|\\b(?:became|becoming|become)\\s+a\\s+(?:communist\\s+|bolshevik\\s+)?party\\s+member\\b"
                    + "|\\bentered\\s+the\\s+(?:" + W + "){0,5}?" + PARTY + "\\b(?!\\s+(?:central\\s+)?(?:committee|school))"
                    // "a party member since 1919", "A member of the Bolshevik faction from 1912": the year it began
                    // not of whom the subject married: "married an engineer ten years her senior and a party member since 1917"
                    + "|(?<!\\bmarried\\b[^.;]{0,100})\\b(?:communist\\s+|bolshevik\\s+)?party\\s+member\\s+(?=(?:since|from)\\s+(?:" + YEAR_WORD + "))"
                    + "|\\bmember\\s+of\\s+the\\s+(?:" + W + "){0,3}?(?:" + PARTY + "|faction)\\s+(?=(?:since|from)\\s+(?:"
                    + YEAR_WORD + "))", List.of("party", "bolshevik", "menshevik", "cpsu", "rsdlp", "vkp")),
            verb(EventType.EXPULSION, "(?<!(?:" + SCHOOL + ")\\s)\\bexpelled\\b(?!\\s+(?:him\\s+|her\\s+)?from\\s+(?:it\\b"
                    + "|(?:the|a|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:" + SCHOOL + ")\\b))"
                    + "|\\bexcluded\\s+from\\s+the\\s+(?:" + W + "){0,3}?" + PARTY + "\\b", List.of("expelled", "excluded")),
            noun(EventType.EXPULSION, "\\b(?:his|her)\\s+(?<t>expulsion)\\b", List.of("expulsion")),
            verb(EventType.REINSTATEMENT, "\\b(?:reinstated|readmitted)\\b(?!\\s+(?:to|at|into)\\s+(?:the\\s+)?(?:study|studies|studying"
                    + "|(?:[\\p{L}-]+\\s+)?(?:" + SCHOOL + ")))|\\bmembership\\s+was\\s+restored\\b"
                    + "|\\brestored\\s+to\\s+the\\s+party\\b", List.of("reinstated", "readmitted", "restored")),
            noun(EventType.REINSTATEMENT, "\\brestored\\s+(?:his|her)\\s+(?:party\\s+)?(?<t>membership|card)\\b", List.of("restored")),
            // "His party membership, lost in 1937, was restored in 1957"
            noun(EventType.REINSTATEMENT, "\\b(?:his|her)\\s+(?<t>party\\s+(?:membership|card))(?:,[^,;]{1,60},)?\\s+was\\s+"
                    + "(?:later\\s+|then\\s+|finally\\s+|eventually\\s+)?restored\\b", List.of("restored")),
            verb(EventType.REINSTATEMENT, "\\brestored\\s+to\\s+(?:the\\s+)?(?:party(?:\\s+membership)?|membership\\s+(?:of|in)\\s+the\\s+(?:communist\\s+)?party"
                    + "|(?:the\\s+)?(?:communist\\s+)?party)\\b", List.of("restored")),
            noun(EventType.REINSTATEMENT, "\\b(?:his|her|\\p{L}+['’]s)\\s+(?:party\\s+)?(?<t>membership)\\s+(?:of\\s+the\\s+party\\s+)?was\\s+"
                    + "(?:later\\s+|posthumously\\s+|then\\s+)?restored\\b", List.of("restored")),
            verb(EventType.POSITION, "\\bserv(?:ed|ing)\\s+as\\b|\\bpractic?s(?:ed|ing)\\s+as\\b|\\bemployed\\s+as\\b"
                    + "|\\bfound\\s+(?:work|a\\s+job|employment|a\\s+post)\\s+as\\b|\\bwork(?:ed|ing)\\s+(?:[\\p{L}-]+\\s+){0,4}?as\\b"
                    + "|\\bheld\\s+(?:[\\w-]+\\s+){0,3}?(?:positions?|posts?|offices?)\\b"
                    + "|\\b(?:was|became|becoming|become|been)\\s+(?:also\\s+|later\\s+|then\\s+|(?!only\\b)\\p{Ll}{3,}ly\\s+)?"
                    + "(?:appointed\\s+|elected\\s+|named\\s+|made\\s+)?(?:as\\s+)?(?!(?:(?:a|an|the)\\s+)?(?:first|only|last|youngest|oldest)\\b(?!\\s+" + OFFICE + "\\b))"
                    + "(?:(?:a|an|the)\\s+)?(?:" + NOT_REMOVAL + "[\\p{L}'’-]+\\s+){0,3}?" + OFFICE + "\\b"
                    + "|\\b(?:was|were)\\s+appointed\\b|\\belected\\s+(?:to|as)\\b"
                    + "|\\bjoined\\s+the\\s+" + ORGAN + "\\b", List.of("served", "serving", "worked", "working", "held", "appointed", "elected", "joined", "secretary", "advis", "chair", "head", "director", "deputy", "commissar", "chief", "editor", "president", "minister", "governor", "rector", "dean", "commander", "prosecutor", "ambassador", "consul", "member", "practi", "representative", "envoy", "plenipotentiary", "employed",
                    "found")),
            verb(EventType.POSITION, "\\b(?:was|became|becoming|become|been)\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{L}-]+\\s+)?"
                    + "(?:professor|lecturer|teacher|instructor|researcher|engineer|correspondent|journalist"
                    + "|physician|doctor|priest|deacon|pastor|rabbi|vicar|rector)\\s+(?:at|of|in|for|with)\\b"
                    + "|\\bconsecrated\\s+(?:as\\s+)?(?:a\\s+|the\\s+)?(?:bishop|archbishop|metropolitan)\\b|\\b(?:taught|lectured)\\s+(?:at|in)\\b"
                    + "|\\bheaded\\s+(?:the|its|a|an)\\b", List.of("professor", "lecturer", "teacher", "instructor", "researcher",
                    "engineer", "correspondent", "journalist", "physician", "doctor", "taught", "lectured", "headed", "priest",
                    "deacon", "pastor", "rabbi", "vicar", "rector", "consecrated")),
            verb(EventType.POSITION, "\\benlisted\\s+in\\b|\\b(?:was\\s+)?given\\s+(?:the\\s+)?command\\s+of\\b"
                    + "|\\btook\\s+(?:over\\s+)?(?:the\\s+)?command\\s+of\\b"
                    + "|\\b(?:commanded|led|headed|directed|ran|edited|chaired|founded|co-founded)\\s+(?:the|a|an|his|her)\\s+"
                    + "(?!(?:[\\w-]+\\s+)?(?:life|way|campaign|attack|protest|defen[cs]e|investigation|interrogation|case|storming"
                    + "|assault|operation|offensive|suppression|battle|capture|crushing|retreat|evacuation|parade|plot"
                    + "|deportations?|resettlement|purges?|arrests|executions|collectivi[sz]ation|requisitions?"
                    + "|conspiracy|uprising|revolt|rebellion|mutiny|strike|raid|opposition|faction|left|right|group)\\b)"
                    + "|\\bopened\\s+(?:his|her)\\s+own\\b"
                    + "|\\b(?:was|were)\\s+(?:also\\s+|later\\s+|then\\s+|\\p{Ll}{3,}ly\\s+)?(?:made|promoted(?:\\s+to)?|named)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?"
                    + "(?:marshal|general|colonel|admiral|major|lieutenant|captain|komandarm|komkor|komdiv|kombrig|komissar"
                    + "|professor|academician|consultant|researcher|lecturer"
                    + "|fellow)\\b"
                    + "|\\b(?:placed|put)\\s+at\\s+the\\s+head\\s+of\\b|\\b(?:put\\s+in|took|taking|was\\s+given)\\s+charge\\s+of\\b"
                    + "|\\b(?:was|were|became|been)\\s+(?:\\p{Ll}+ly\\s+)?in\\s+charge\\s+of\\b"
                    + "|\\bheld\\s+the\\s+(?:[\\w-]+\\s+)?chair\\s+of\\b|\\b(?:established|set\\s+up)\\s+(?:the|a|an|his|her)\\s+"
                    + "(?:[\\w-]+\\s+){0,3}?(?:institute|laboratory|department|school|theat(?:re|er)|journal|bureau|museum|society)\\b"
                    + "|\\btook\\s+up\\s+(?:a|the|his|her)\\s+(?:[\\w-]+\\s+)?(?:post|position|job|appointment|chair)\\b"
                    // how careers are told: hired, given a chair, took over, succeeded, seconded, elevated
                    + "|\\b(?:took|got|found|accepted|obtained)\\s+(?:a|the)\\s+(?:[\\w-]+\\s+)?(?:job|post|position|place)\\s+(?:as|at|of|in)\\b"
                    + "|\\b(?:was|were)\\s+hired\\s+(?:by|as|at)\\b|\\bwent\\s+to\\s+work\\s+(?:as|at|in|for)\\b"
                    + "|\\bbegan\\s+(?:teaching|working|to\\s+teach|to\\s+work|to\\s+lecture)\\s+(?:at|in|as|for)\\b"
                    + "|\\btook\\s+(?:him|her)\\s+on\\s+as\\b|\\b(?:was|were)\\s+taken\\s+on\\s+(?:as|at|by)\\b"
                    + "|\\b(?:was|were)\\s+given\\s+(?:a|the)\\s+(?:[\\w-]+\\s+)?(?:chair|post|professorship|directorship|job)\\b"
                    + "|\\btook\\s+over\\s+(?:the|a|an|his|her)\\s+(?:[\\w-]+\\s+){0,3}?(?:department|laboratory|institute|theat(?:re|er)"
                    + "|school|journal|chair|newspaper|factory|plant|bureau|museum|library|orchestra|company|diocese|parish)\\b"
                    + "|\\bsucceeded\\s+(?:[\\p{L}.-]+\\s+){1,3}as\\b|\\bseconded\\s+to\\b|\\belevated\\s+to\\s+the\\s+rank\\s+of\\b"
                    + "|\\bcommissioned\\s+(?:as\\s+)?(?:a|an)\\s+(?:[\\w-]+\\s+)?(?:lieutenant|officer|ensign|captain)\\b"
                    + "|\\bheld\\s+the\\s+rank\\s+of\\b|\\bpromoted\\s+to\\s+(?:the\\s+post\\s+of\\s+)?(?:senior|chief|head|deputy|first)\\b"
                    + "|\\bmanaged\\s+(?:a|the|an)\\s+(?!(?:[\\w-]+\\s+)?(?:escape|way|feat|trick)\\b)"
                    + "|\\breinstated\\s+(?:in\\s+(?:his|her)\\s+(?:old\\s+)?(?:post|job|position|chair)|at\\s+[^,.;]{0,50}?\\s+as)\\b"
                    + "|\\bgave\\s+(?:him|her)\\s+back\\s+(?:his|her)\\s+(?:old\\s+)?(?:chair|post|job|position)\\b"
                    + "|\\b(?:transferred|returned|sent|moved|posted|seconded)\\s+to\\s+[^,.;]{0,40}?"
                    + "(?:,\\s*(?:this\\s+time|now|again)\\s+)?\\bas\\s+"
                    + "(?=(?:a|an|the|its|his|her|deputy|head|chief|director|first|second)\\b)"
                    + "|\\btransferred\\s+to\\s+the\\s+(?:" + W + "){0,3}?" + ORGAN + "\\b"
                    + "|\\b(?:rose|risen)\\s+to\\s+(?:command|head|lead|become|the\\s+rank\\s+of|the\\s+post\\s+of"
                    + "|(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:commissar|general|colonel|major|commander|marshal|admiral)\\b)"
                    + "|\\breturned\\s+to\\s+(?:teaching|work\\s+at|research\\s+at|his\\s+post|her\\s+post)\\b"
                    + "|\\bserved\\s+on\\s+the\\b|\\blectured\\s+(?:on\\s+[\\w-]+\\s+)?(?:at|in)\\b"
                    + "|\\band\\s+(?:a|an)\\s+(?:full\\s+|candidate\\s+)?member\\s+of\\s+the\\s+(?:" + W + "){0,3}?(?:committee|politburo"
                    + "|orgburo|presidium|academy|council|secretariat)\\b"
                    + "|\\bjoined\\s+the\\s+(?:" + W + "){0,4}?(?:guards?|army|navy|fleet|theat(?:re|er)|institute|university"
                    + "|troupe|company|staff|faculty|academy)\\b",
                    List.of("enlisted", "command", " led ", "headed ", "directed ", " ran ", "edited ", "chaired ",
                    "founded ", "opened ", " made ", "promoted", " named ", "at the head", "charge of", "member of",
                    "joined the", "chair of", "established", "set up", "took up", "transferred", "returned to", "returned",
                    " took ", " got ", "found", "accepted", "obtained", "hired", "went to work", "began", "taken on",
                    "given", "took over", "succeeded", "seconded", "elevated", "commissioned", "rank of", "promoted",
                    "managed", "reinstated", "gave him", "gave her", "risen",
                    " sent ", "moved", "posted", "seconded", "rose to",
                    "served on", "lectured")),
            verb(EventType.POSITION, "\\b(?:continued|went\\s+on)\\s+to\\s+(?:lead|head|direct|run|chair|manage|edit|teach"
                    + "|lecture|command|work\\s+as)\\s+(?:it|them|the|a|an|its|his|her|at|in)\\b",
                    List.of("continued", "went on")),
            verb(EventType.POSITION, "\\b(?:moved|went|came|returned|sent|invited|called|summoned|transferred|brought"
                    + "|recalled|left|travell?ed)\\b[^,;.]{0,60}?\\bto\\s+(?<t>head|lead|direct|run|chair|manage|edit|organi[sz]e"
                    + "|take\\s+(?:over|charge\\s+of|up)|teach|lecture|work\\s+as|command)\\s+(?:the|a|an|its|his|her|at|in)\\b"
                    + "(?!\\s+(?:[\\w-]+\\s+)?(?:life|way|campaign|attack|protest|defen[cs]e|investigation|interrogation|case|family)\\b)"
                    + "|\\bordained\\b|\\btook\\s+(?:holy\\s+)?orders\\b|\\bconsecrated\\s+(?:in\\s+(?-i:\\p{Lu})\\p{L}+\\s+)?(?:as\\s+)?(?:a\\s+)?(?:arch)?bishop\\b"
                    // "joined the Kyiv Bandurist Capella", "was taken into the company of the theatre"
                    + "|\\bjoined\\s+the\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:capella|ensemble|choir|orchestra|theat(?:re|er)|troupe|circus"
                    + "|opera|ballet|quartet|band)\\b|\\b(?:taken|accepted|admitted)\\s+(?:in)?to\\s+the\\s+(?:company|troupe|staff)\\b"
                    + "|\\btaught\\s+(?:a\\s+)?(?:courses?|classes|lectures)\\b|\\bresumed\\s+(?:his\\s+|her\\s+)?work\\s+as\\b"
                    + "|\\btaught\\s+(?!(?:him|her|them|himself|herself|me|us)\\b)(?:[\\p{L}-]+\\s+){1,4}?(?:at|in)\\b"
                    + "|\\blectured\\b(?!\\s+(?:him|her|them|about|against|on\\s+(?:his|her)\\b))"
                    + "|\\b(?:earned|made|earning|making)\\s+(?:his|her|a)\\s+living\\s+(?:by|as)\\b|\\bsupported\\s+(?:himself|herself)\\s+(?:by|as)\\b"
                    + "|\\b(?:work(?:ed|ing)|sat|served)\\s+on\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:commission|committee|council"
                    + "|board|staff|editorial|presidium|collegium|tribunal)\\b"
                    + "|\\b(?:remained|stayed(?:\\s+on)?|continued|kept(?:\\s+on)?)\\s+(?:there\\s+|on\\s+)?(?:(?:at|in|with)\\s+(?:(?!\\band\\b)[^,;.]){1,50}?\\s+)?as\\s+"
                    + "(?:(?:a|an|the|its|his|her)\\s+)?(?!(?:prisoner|exile|convict|inmate|patient|guest|witness|invalid|free|a|an|the|well|long|if|though|before|usual)\\b)\\p{L}",
                    List.of("to head", "to lead", "to direct", "to run", "to chair", "to manage", "to edit", "to organi",
                    "to take", "to teach", "to command", "to lecture", "to work as", "ordained", "orders", "consecrated", "taught",
                    "lectured", "living", "supported", " on the ", " on a", "remained", "stayed", "continued", "kept",
                    "joined", "taken", "accepted", "admitted", "resumed")),
            agent(EventType.POSITION, "\\b(?:was|were)\\s+(?:formally\\s+|then\\s+|later\\s+)?(?:entrusted|handed(?:\\s+over)?|given\\s+over)\\s+to\\s+"
                    + "(?:him|her|(?-i:\\p{Lu})\\p{L}+)\\b|\\b(?:was|were)\\s+(?:headed|led|directed|run|chaired|managed)\\s+by\\s+"
                    + "(?:him|her|(?-i:\\p{Lu})\\p{L}+)\\b|\\b(?:put|placed|left)\\s+in\\s+(?:his|her)\\s+charge\\b"
                    + "|\\b(?:was|were)\\s+(?:\\p{Ll}+ed|set\\s+up|built|made|done|run|carried\\s+out)\\s+under\\s+(?:his|her)\\s+(?:direction|leadership|management|guidance)\\b"
                    + "|\\b(?:organi[sz]ed|created|established|set\\s+up)\\s+for\\s+(?:him|her)\\b",
                    List.of("entrusted", "handed", "given over", " by him", " by her", "charge", "under his", "under her",
                    "for him", "for her", " by ")),
            verb(EventType.POSITION, "\\b(?:elected|made)\\s+(?:him|her|the\\s+(?:[\\p{L}-]+\\s+)?\\p{Ll}+|(?-i:\\p{Lu})\\p{L}+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?)\\s+(?:as\\s+)?(?:(?:a|an|the|its|his|her)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?"
                    + OFFICE + "\\b|\\bpromoted\\s+(?:him|her)\\s+to\\b|\\bappointed\\s+(?:him|her)\\b"
                    + "|\\b(?:volunteered|enlisted)\\s+(?:for\\s+the|to\\s+(?:join|serve|fight))\\b|\\b(?:was\\s+)?called\\s+up\\b"
                    + "|\\bwent\\s+to\\s+the\\s+front\\b|\\b(?:was|were)\\s+(?:drafted|conscripted|mobili[sz]ed)\\b(?!\\s+(?:in)?to\\s+(?:the\\s+)?(?:so-called\\s+)?labou?r\\s+army)"
                    + "|\\bdid\\s+(?:his|her)\\s+military\\s+service\\b|\\blabou?red\\s+as\\b|\\btaken\\s+on\\s+(?:by|at|as)\\b"
                    + "|\\bwr(?:ote|iting)\\s+for\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?(?:magazines?|newspapers?|journals?|radio)\\b"
                    + "|\\bfounded\\s+there\\b|\\b(?:was\\s+)?left\\s+in\\s+charge\\s+of\\b"
                    + "|^(?:From|Since)\\s+(?:(?:\\d{1,4}|(?-i:\\p{Lu})\\p{L}+)\\s+){1,3},?\\s*(?<t2>(?:a|an)\\s+(?:[\\p{L}-]+\\s+)?(?:researcher|professor"
                    + "|lecturer|teacher|director|head|editor|fellow|assistant|consultant|engineer|designer|member)\\s+(?:at|of|in))\\b|\\bwhich\\s+(?:he|she|the\\s+\\p{Ll}+)\\s+(?:\\p{Ll}+ly\\s+)?(?<t>directed|headed|led|ran"
                    + "|chaired|edited|commanded|managed)\\b"
                    + "|\\baccepted\\s+(?:in)?to\\s+the\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:theat(?:re|er)|studio|troupe|institute|staff"
                    + "|faculty|company|laboratory|orchestra)\\b",
                    List.of("elected", "made", "promoted", "appointed", "volunteer", "enlisted", "called up", "front",
                    "drafted", "conscripted", "mobili", "military service", "laboured", "labored", "taken on", "wrote for",
                    "writing for", "founded there", "which", "accepted", "charge", "from", "since")),
            verb(EventType.POSITION, "(?<!\\bwhich\\s(?:he|she)\\s)\\bserv(?:ed|ing)\\s+in\\s+(?:the\\s+)?(?!(?:[\\w-]+\\s+){0,3}?(?:camps?|prisons?|gulag|exile"
                    + "|lagers?|colon(?:y|ies))\\b)", List.of("served in", "serving in")),
            verb(EventType.POSITION, "\\bwork(?:ed|ing)\\s+(?:in|at|for)\\s+(?<obj>[^,.;:()]{1,80})", List.of("worked", "working")),
            verb(EventType.AWARD, "\\b(?:presented|decorated)\\s+with\\s+(?:the|a|an|two|three|several)\\b"
                    + "|\\b(?:his|her)\\s+(?:decorations|awards|honou?rs)\\s+includ(?:ed|e)\\b",
                    List.of("presented", "decorated", "includ")),
            verb(EventType.AWARD, "\\bawarded\\b|\\b(?:received|won|receive|win|given|earned|earning|receiving|winning)\\s+(?:the|a|an|two|three|four|five"
                    + "|several|many|numerous)\\s+(?:" + W + "){0,4}?"
                    + "(?:prizes?|orders?|medals?|awards?|title)\\b"
                    + "|\\b(?:named|made|declared|became|and)\\s+(?:a\\s+|twice\\s+)?(?<t>Hero\\s+of\\s+(?:the\\s+Soviet\\s+Union"
                    + "|Socialist\\s+Labou?r)|People's\\s+Artist|Honou?red\\s+(?:Artist|Scientist|Worker))",
                    List.of("awarded", "received", "won ", "receive ", "win ", "given ", "earned ", "hero", "artist", "honou",
                    "earning", "receiving", "winning")),
            agent(EventType.AWARD, "\\b(?:was|were)\\s+(?:awarded|given|granted|conferred|presented)\\s+(?:on|upon|to)\\s+"
                    + "(?:him|her|(?-i:\\p{Lu})\\p{L}+)\\b", List.of("awarded", "given", "granted", "conferred", "presented")),
            verb(EventType.RETIREMENT, "\\bpensioned\\s+off\\b|\\bwent\\s+on\\s+(?:a\\s+)?pension\\b"
                    // "a retired colonel" describes someone; "retired in 1974" is the event
                    + "|(?<!\\b(?:a|an|the)\\s)\\bretir(?:ed|ing)\\b|\\b(?:went|pushed|forced|sent|into)\\s+(?:into|to)\\s+retirement\\b", List.of("retir", "pension")),
            noun(EventType.POSITION, "\\b(?:his|her)\\s+(?<t>appointment)\\s+as\\b", List.of("appointment")),
            noun(EventType.RETIREMENT, "\\b(?:his|her)\\s+(?<t>retirement)\\b", List.of("retirement")),
            verb(EventType.TESTIMONY, "\\b(?:called|summoned|appeared)\\s+as\\s+a\\s+(?:prosecution\\s+|defence\\s+|defense\\s+)?witness\\b|\\btestif(?:y|ied|ying)\\b|\\bgave\\s+(?:evidence|testimony)\\b|\\bconfessed\\b"
                    + "|\\bpleaded\\s+guilty\\b|\\bsigned\\s+(?:a|the|his|her)\\s+(?:[\\w-]+\\s+)?confession\\b"
                    + "|\\badmitted\\s+(?:to\\s+(?:the\\s+)?(?:investigators?|interrogators?|court|tribunal)\\s+(?:that|what|his|her)\\b|that\\s+(?:he|she)\\s+(?:had|was|were)\\b|(?:his|her)\\s+guilt\\b|(?:to\\s+)?(?:having|being)\\b"
                    + "|to\\s+(?:the\\s+)?(?:charges?|accusations?|sabotage|espionage|spying|membership|taking|participation)\\b|guilt\\b)"
                    + "|\\bmade\\s+(?:a|an)\\s+(?:[\\w-]+\\s+)?confession\\b",
                    List.of("testif", "evidence", "testimony", "confess", "guilty", "admitted", "witness")),
            noun(EventType.DEATH, "(?<!until\\s|till\\s|before\\s|up\\sto\\s)\\b(?:his|her)\\s+(?<t>death)\\s+(?=in\\b|on\\b|at\\b)",
                    List.of("death")),
            noun(EventType.EXILE, "\\b(?:term|period)\\s+of\\s+(?<t>exile)\\b", List.of("exile")),
            duration(EventType.EXILE, "\\b(?:sentenced|condemned|given|received|got)\\s+(?:in\\s+" + YEAR_WORD + "\\s+)?(?:to\\s+)?(?:(?!and\\b|but\\b)[\\w-]+\\s+){0,4}?"
                    + "(?:(?:of|in)\\s+)?(?:administrative\\s+|internal\\s+)?(?<t>exile|banishment)\\b", List.of("exile", "banishment")),
            verb(EventType.DEATH, "\\bdied\\b(?!\\s+(?:by|before|in\\s+front\\s+of)\\s+(?:a\\s+)?firing\\s+squad)|\\bpassed\\s+away\\b|\\bperished\\b|\\b(?:was|were)\\s+killed\\b|\\bkilled\\s+(?:him|her)\\b", List.of("died", "passed", "perished", "killed")));

    private static Rule verb(EventType type, String regex, List<String> cues) {
        return new Rule(type, VERB, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), cues);
    }

    private static Rule agent(EventType type, String regex, List<String> cues) {
        return new Rule(type, Trigger.Form.AGENT, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), cues);
    }

    private static Rule duration(EventType type, String regex, List<String> cues) {
        return new Rule(type, Trigger.Form.DURATION, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), cues);
    }

    /** The verb of a noun told before it: "the conviction ... was annulled", "his party membership ... was restored". */
    private static final Pattern WAS = Pattern.compile("\\b(?:was|were)\\b");

    private static Rule noun(EventType type, String regex, List<String> cues) {
        return new Rule(type, NOUN, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), cues);
    }

    @Override
    public List<Trigger> find(Span sentence) {
        List<Trigger> out = new ArrayList<>();
        String t = sentence.text();
        String lower = t.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (!rule.cued(lower)) continue;
            Matcher m = rule.pattern().matcher(t);
            while (m.find()) {
                if (rule.hasObject() && m.group("obj") != null && !isPost(m.group("obj"))) continue;
                String g = rule.hasTarget() && m.group("t") != null ? "t"
                        : rule.hasTarget2() && m.group("t2") != null ? "t2" : null;
                int s = g != null ? m.start(g) : m.start();
                int e = g != null ? m.end(g) : m.end();
                if (rule.hasObject()) e = m.start("obj");
                // "the 1922 conviction, which ..., was annulled in 1994": a possessed noun told before its verb reaches
                // to the verb, so that the clause and the date after the verb are its own
                int reach = rule.form() == NOUN && g != null && m.end() > e
                        && WAS.matcher(t.substring(e, m.end())).find() ? m.end() : e;
                out.add(new Trigger(rule.type(), sentence.start() + s, sentence.start() + e, rule.form(),
                        sentence.start() + reach));
            }
        }
        return out;
    }

    /** Whether the object of "worked in/at/for" names a post or an institution rather than a place. */
    /**
     * Whether the object of "worked in/at/for" names a post or an institution rather than a place: an institution
     * word ("institute", "office", "newspaper") makes it a post; else a proper name alone ("in Moscow") or a place
     * word ("the new town of") makes it a place.
     */
    private static boolean isPost(String object) {
        String[] words = object.strip().split("\\s+");
        int n = 0;
        boolean properFirst = false;
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (CUSTODY.contains(lw) || CUSTODY_PLACE.matcher(object).find()) return false;
            if (INSTITUTIONS.contains(lw) || lw.endsWith("s") && INSTITUTIONS.contains(lw.substring(0, lw.length() - 1))) {
                return true;
            }
            if (Set.of("of", "in", "at", "on", "for", "with", "to", "from", "and", "as", "under").contains(lw)) break;
            if (n == 0 && !DETERMINERS.contains(lw) && Character.isUpperCase(w.charAt(0))) properFirst = true;
            if (LOCATION_HEADS.contains(lw)) return false;
            if (!DETERMINERS.contains(lw)) n++;
        }
        return n > 0 && !properFirst;
    }
}

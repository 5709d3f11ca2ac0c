package org.snegov.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whose event a trigger states. For a possessed noun ("his release", "Korolev's sentence") the possessor
 * decides. Otherwise the nearest word before the trigger that stands in subject position (directly followed, past
 * adverbs, by an auxiliary or a past-tense verb) decides; a trigger in an opening phrase with no subject of its
 * own ("After a brief return to exile, Snegov ...") takes the first subject after it. Relatives and groups ("her
 * husband", "its leadership") are {@link Subject#OTHER}; "who" and "which" take their antecedent. Stateless.
 */
public final class SubjectResolver {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*|\\d+(?:['’]?s\\b)?|[^\\s\\p{L}\\p{M}\\d]");
    private static final Set<String> AUX = Set.of("was", "were", "is", "are", "had", "has", "have", "been", "would",
            "could", "did", "does", "do", "will", "may", "might", "must", "should", "can", "became", "spent",
            "went", "held", "served", "worked", "joined", "sent", "took", "left", "got", "began", "gave", "made",
            "wrote", "met", "fled", "came", "fell", "lost", "won", "chose", "remained", "returned", "entered", "moved",
            "married", "died", "received", "experienced", "found", "taught", "led", "ran", "built", "fought",
            "kept", "laboured", "labored");
    /** Auxiliaries proper, which may follow a subject across a comma ("Snegov, however, was ..."). */
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "had", "has", "is", "are", "would", "could");
    /** Words before a participle that make it passive: "was sentenced Petrov" is not an active verb. */
    private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "being", "is", "are", "be");
    /** Object pronouns and possessives: "the police arrested him". */
    private static final Set<String> OBJECTS = Set.of("him", "her");
    private static final Set<String> ADVERBS = Set.of("then", "also", "later", "soon", "subsequently", "again",
            "never", "not", "already", "still", "eventually", "finally", "once", "first", "twice", "himself",
            "herself", "thus", "too", "afterwards", "afterward", "thereafter", "meanwhile", "briefly", "now", "only",
            "formally", "posthumously", "quickly", "immediately");
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "by",
            "with", "from", "and", "or", "but", "as", "after", "before", "during", "since", "until", "while", "when",
            "where", "although", "however", "his", "her", "its", "their", "this", "that", "these", "those", "into",
            "than", "so", "if", "because", "whose", "him", "them", "me", "us", "there", "here", "being", "having",
            "near", "over", "under", "about", "against", "among", "between", "through", "following", "according");
    private static final Set<String> OTHERS = Set.of("husband", "wife", "father", "mother", "parents", "parent",
            "son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters", "children", "child",
            "family", "father-in-law", "mother-in-law", "brother-in-law", "sister-in-law", "son-in-law",
            "daughter-in-law", "stepfather", "stepmother", "stepson", "stepdaughter", "half-brother", "half-sister",
            "grandson", "granddaughter", "grandchildren", "founder", "predecessor", "successor", "patron", "rival", "friend", "friends", "colleague", "colleagues", "members",
            "member", "leadership", "comrades", "relatives", "uncle", "aunt", "grandfather", "grandmother", "spouse",
            "fiancé", "fiancée", "cousin", "nephew", "niece", "wives", "teacher", "mentor", "boss", "chief",
            "investigator", "people", "others", "man", "men", "woman", "women", "students", "pupils", "associates",
            "followers", "disciples", "employees", "scientists", "writers", "officers", "engineers", "prisoners",
            "many", "several", "most", "all", "some", "thousands", "hundreds", "dozens", "victims", "defendants");

    /** Participles whose subject undergoes the event when passive ("was arrested") and causes it when active. */
    private static final Set<String> PASSIVE = Set.of("arrested", "rearrested", "re-arrested", "released",
            "rehabilitated", "sentenced", "convicted", "executed", "exiled", "expelled", "reinstated", "acquitted",
            "deported", "banished", "detained", "freed", "condemned", "shot", "imprisoned", "awarded", "granted");
    /** Role nouns by which a biography refers to its subject: "the writer was arrested". */
    private static final Set<String> OCCUPATIONS = Set.of(
            "writer", "poet", "scientist", "engineer", "physicist", "politician", "revolutionary", "historian",
            "artist", "painter", "composer", "priest", "bishop", "actor", "actress", "scholar", "economist",
            "philosopher", "mathematician", "biologist", "geneticist", "linguist", "diplomat", "novelist",
            "playwright", "journalist", "author", "dissident", "academician", "commander", "marshal", "officer",
            "general", "theologian", "singer", "poetess", "editor", "designer", "director", "prisoner", "professor",
            "teacher", "doctor", "physician", "lawyer", "chemist", "geologist", "astronomer", "critic", "translator",
            "sculptor", "architect", "inventor", "agronomist", "botanist", "zoologist", "geographer", "ethnographer",
            "archaeologist", "orientalist", "pianist", "violinist", "conductor", "dramatist", "filmmaker",
            "photographer", "student", "admiral", "colonel", "memoirist", "convict", "inmate", "exile", "pastor",
            "rabbi", "monk", "nun", "archbishop", "metropolitan", "patriarch", "academic", "researcher", "statesman",
            "activist", "leader", "veteran", "captain", "lieutenant", "major", "soldier", "sergeant",
            "ethnologist", "philologist", "ensign");

    private record Token(String text, int start, int end) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean isWord() {
            return Character.isLetter(text.charAt(0));
        }
    }

    /**
     * Whose event {@code trigger} (inside {@code sentence}) states.
     *
     * @param names the subject's name words
     */
    public Subject resolve(Span sentence, Trigger trigger, SubjectNames names) {
        List<Token> tokens = tokens(sentence);
        int at = 0;
        while (at < tokens.size() && tokens.get(at).start() < trigger.start()) at++;
        if (trigger.form() == Trigger.Form.NOUN) {
            return possessor(tokens, at, names);
        }
        if (trigger.form() == Trigger.Form.AGENT) {
            int last = at;
            while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= trigger.end()) last++;
            while (last > at && !OBJECTS.contains(tokens.get(last).lower())
                    && !Set.of("his", "him").contains(tokens.get(last).lower())
                    && !Character.isUpperCase(tokens.get(last).text().charAt(0))) {
                last--; // "under his direction": the possessive, not the noun, is the agent
            }
            String w = tokens.get(last).lower();
            return names.isPronoun(w) && !w.equals("he") && !w.equals("she") || names.names(tokens.get(last).text())
                    ? Subject.SUBJECT : Subject.OTHER;
        }
        if (at + 1 < tokens.size() && OBJECT_VERBS.contains(tokens.get(at).lower())
                && !PASSIVE_AUX.contains(before(tokens, at)) && !before(tokens, at).isEmpty()) {
            Subject object = object(tokens, at + 1, names);
            if (object != null) return object;
        }
        if (at < tokens.size() && PASSIVE.contains(tokens.get(at).lower()) && at + 1 < tokens.size()
                && OBJECTS.contains(tokens.get(at + 1).lower()) && !AUX.contains(before(tokens, at))) {
            // "the police arrested him", "the court sentenced him": the object undergoes the event
            boolean relative = at + 2 < tokens.size() && OTHERS.contains(tokens.get(at + 2).lower());
            return names.isPronoun(tokens.get(at + 1).lower()) && !relative ? Subject.SUBJECT : Subject.OTHER;
        }
        if (at + 1 < tokens.size() && PASSIVE.contains(tokens.get(at).lower()) && !PASSIVE_AUX.contains(before(tokens, at))
                && !before(tokens, at).isEmpty() && names.names(tokens.get(at + 1).text())
                && !tokens.get(at + 1).lower().matches(".*['’]s")) {
            // "a troika of the NKVD for the region sentenced Petrov": an authority as subject, the person as object
            return Subject.SUBJECT;
        }
        if (at < tokens.size() && PASSIVE.contains(tokens.get(at).lower()) && active(tokens, at)) {
            int after = at + 1;
            return after < tokens.size() && (names.isPronoun(tokens.get(after).lower())
                    && !Set.of("he", "she").contains(tokens.get(after).lower()) || names.names(tokens.get(after).text()))
                    ? Subject.SUBJECT : Subject.OTHER;
        }
        if (at > 3 && QUANTIFIERS.contains(tokens.get(0).lower()) && tokens.get(1).lower().equals("of")
                && (Set.of("them", "those", "these").contains(tokens.get(2).lower())
                || Set.of("his", "her", "the").contains(tokens.get(2).lower())
                && (OTHERS.contains(tokens.get(3).lower()) || GROUPS.contains(tokens.get(3).lower())))) {
            return Subject.OTHER; // "Most of them were shot", "Several of his students were arrested"; not "Most of the term"
        }
        for (int k = at - 1; k >= 0; k--) {
            int clause = beforeRelativeClause(tokens, k);
            if (clause != k && clause + 1 < tokens.size()) {
                int copulaBefore = predicateNounBefore(tokens, clause + 1);
                if (copulaBefore >= 0) {
                    k = copulaBefore; // ", who was ...," on a predicate noun: the copula's subject
                    continue;
                }
            }
            if (clause != k && clause > 0 && tokens.get(clause - 1).isWord()) {
                return classify(tokens, clause - 1, names); // the noun the relative clause describes
            }
            if (EMPHATIC.contains(tokens.get(k).lower())) continue; // "Sidorov ... was himself arrested"
            int copula = predicateNounBefore(tokens, k);
            if (copula >= 0) {
                k = copula; // "Petrov was a Soviet economist who was arrested": the subject of "was"
                continue;
            }
            if (inSubjectPosition(tokens, k, trigger)) return classify(tokens, k, names);
        }
        for (int k = at; k < tokens.size(); k++) {
            if (tokens.get(k).start() >= trigger.end() && SUBORDINATE.contains(tokens.get(k).lower())) break;
            if (tokens.get(k).start() >= trigger.end() && inSubjectPosition(tokens, k, trigger)) {
                return classify(tokens, k, names);
            }
        }
        return openingPhrase(tokens, at, names);
    }

    /**
     * The subject named by a phrase opening the sentence and closed by a comma, when no subject stands beside the
     * verb: "Vvedensky, arrested in Kharkov that same year, died ..." and "His elder son Dmitry, a member of ...,
     * was arrested" are another person's events; a relative or another name in that phrase makes it
     * {@link Subject#OTHER}, else {@link Subject#UNKNOWN}.
     */
    private static Subject openingPhrase(List<Token> tokens, int at, SubjectNames names) {
        int comma = -1;
        for (int k = 0; k < Math.min(at, 8); k++) {
            if (tokens.get(k).text().equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma <= 0) return Subject.UNKNOWN;
        boolean other = false;
        for (int k = 0; k < comma; k++) {
            Token w = tokens.get(k);
            String lw = w.lower();
            if (!w.isWord() || k > 0 && FUNCTION.contains(lw) && !lw.equals("and")) return Subject.UNKNOWN;
            if (names.names(w.text()) || lw.equals("he") || lw.equals("she")) return Subject.UNKNOWN;
            // "The Gosplan chairman Valery Mezhlauk, arrested in December 1937, was ...": a noun phrase, not an adverbial
            if (k == 0 && (FUNCTION.contains(lw) && !lw.equals("his") && !lw.equals("her") && !lw.equals("the")
                    || ADVERBS.contains(lw)
                    || OPENING_WORDS.contains(lw))) {
                return Subject.UNKNOWN;
            }
            if (OTHERS.contains(lw) || Character.isUpperCase(w.text().charAt(0)) && !FUNCTION.contains(lw)) other = true;
        }
        return other ? Subject.OTHER : Subject.UNKNOWN;
    }

    /**
     * The comma that opens a relative clause or an apposition closed by the comma at {@code k}, else {@code k}
     * itself: in "The interrogator Sidorov, who had beaten Petrov, was arrested" and "Petrov, an ethnic German, was
     * deported" the subject is the noun before it.
     */
    private static int beforeRelativeClause(List<Token> tokens, int k) {
        if (!tokens.get(k).text().equals(",")) return k;
        for (int j = k - 1; j > 0 && k - j < 16; j--) {
            String w = tokens.get(j).text();
            if (w.equals(",") || w.equals(";")) {
                if (j + 1 >= k) return k;
                String opener = tokens.get(j + 1).lower();
                boolean relative = Set.of("who", "whom", "whose", "which").contains(opener);
                // an apposition right before its verb ("Petrov, an ethnic German, was deported"), not an item of a
                // list ("the secretary of ..., the secretary of ..., and then worked")
                boolean apposition = (APPOSITIONS.contains(opener) || TITLES.contains(opener)
                        || OTHERS.contains(tokens.get(j - 1).lower()))
                        && k + 1 < tokens.size() && (AUXILIARIES.contains(tokens.get(k + 1).lower())
                        || tokens.get(k + 1).lower().equals("died")); // "His wife, Yelena, died of typhus"
                return relative || apposition ? j : k;
            }
        }
        return k;
    }

    /** Words that open an apposition between commas: ", an ethnic German,". */
    private static final Set<String> APPOSITIONS = Set.of("a", "an", "the");
    /** Number words, which are no subjects ("six hundred sorties"); "hundred" only looks like a participle. */
    private static final Set<String> NUMBERS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
            "thousands", "dozen", "dozens");
    private static final Set<String> TIME_NOUNS = Set.of("year", "years", "month", "months", "week", "weeks", "day",
            "days", "spring", "summer", "autumn", "fall", "winter", "time", "later", "afterwards");
    private static final Set<String> EMPHATIC = Set.of("himself", "herself", "themselves");
    private static final Set<String> COPULAS = Set.of("was", "is", "became", "remained");

    /**
     * When the token at {@code k} is "who" after a predicate noun ("was a Soviet economist who"), the copula
     * before that noun, whose subject the relative clause is about; else -1. A relative or a name before "who"
     * is not a predicate noun.
     */
    private static int predicateNounBefore(List<Token> tokens, int k) {
        if (!tokens.get(k).lower().equals("who") || k == 0) return -1;
        int n = k - 1;
        if (tokens.get(n).text().equals(",")) {
            // "was a Soviet diplomat, ambassador to Turkey from 1930 to 1934, who": past the apposition
            int open = n - 1;
            while (open > 0 && n - open < 16 && !tokens.get(open).text().equals(",")) open--;
            if (open <= 0 || !tokens.get(open).text().equals(",")) return -1;
            n = open - 1;
            k = open;
        }
        Token noun = tokens.get(n);
        if (!noun.isWord() || !Character.isLowerCase(noun.text().charAt(0)) || OTHERS.contains(noun.lower())) return -1;
        for (int j = k - 2; j >= 0 && k - j <= 7; j--) {
            String w = tokens.get(j).lower();
            if (COPULAS.contains(w)) return j;
            if (!tokens.get(j).isWord()) return -1;
        }
        return -1;
    }

    /** Words that open a clause of their own: a subject after them is not the subject of the verb before. */
    private static final Set<String> SUBORDINATE = Set.of(";", ":", "that", "which", "who", "whom", "after", "when",
            "because", "while", "where", "until", "before", "since", "although", "though", "as", "if", "whose");

    /** Capitalised words that open a sentence without naming anyone: months, "Later", "Soon". */
    private static final Set<String> OPENING_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "later", "soon", "meanwhile",
            "afterwards", "there", "here", "eventually", "finally", "instead", "nevertheless", "however", "together",
            "initially", "formally", "officially", "accordingly", "yet", "still", "once", "again", "arrested",
            "released", "sentenced", "exiled", "freed", "rehabilitated", "expelled", "shot", "executed", "born");

    /**
     * Who the object starting at {@code k} is, when it is a person: "him", the subject's name, "the philosopher",
     * "Captain Petrov"; null when it names no person ("the prize", "a letter").
     */
    private static Subject object(List<Token> tokens, int k, SubjectNames names) {
        Token w = tokens.get(k);
        String lw = w.lower();
        if (OBJECTS.contains(lw)) {
            boolean relative = k + 1 < tokens.size() && OTHERS.contains(tokens.get(k + 1).lower());
            return names.isPronoun(lw) && !relative ? Subject.SUBJECT : Subject.OTHER;
        }
        if (lw.equals("his") || lw.equals("her")) {
            // "the party reinstated his membership": his own; "arrested his brother": the brother's
            return k + 1 < tokens.size() && OTHERS.contains(tokens.get(k + 1).lower()) ? Subject.OTHER
                    : names.isPronoun(lw) ? Subject.SUBJECT : null;
        }
        if (lw.matches(".*['’]s")) {
            // "the NKVD arrested Petrov's father": the possessed relative undergoes the event
            return k + 1 < tokens.size() && OTHERS.contains(tokens.get(k + 1).lower()) ? Subject.OTHER : null;
        }
        if (names.names(w.text())) return Subject.SUBJECT;
        if (lw.equals("the")) {
            int j = k + 1;
            if (j < tokens.size() && Character.isLowerCase(tokens.get(j).text().charAt(0))
                    && !OCCUPATIONS.contains(tokens.get(j).lower()) && j + 1 < tokens.size()) {
                j++; // "the returning officer"
            }
            if (j < tokens.size() && OCCUPATIONS.contains(tokens.get(j).lower())
                    && (j + 1 >= tokens.size() || !tokens.get(j + 1).lower().equals("of"))) {
                return Subject.SUBJECT;
            }
            return null;
        }
        if (TITLES.contains(lw) && k + 1 < tokens.size() && names.names(tokens.get(k + 1).text())) return Subject.SUBJECT;
        if (Character.isUpperCase(w.text().charAt(0)) && !FUNCTION.contains(lw)) return Subject.OTHER;
        return null;
    }

    /** Places, which a "who" never describes. */
    private static final Set<String> PLACE_NOUNS = Set.of("region", "province", "governorate", "gubernia", "district",
            "uyezd", "oblast", "krai", "village", "town", "city", "county", "parish", "area", "republic", "country");
    /** Bodies of people a subject belongs to or leads, whose events are not the subject's. */
    private static final Set<String> GROUPS = Set.of("corps", "unit", "division", "regiment", "army", "staff", "group",
            "circle", "department", "institute", "laboratory", "team", "crew", "brigade", "battalion", "squadron",
            "fleet", "office", "bureau", "commissariat", "ministry", "household", "congregation", "parish", "flock",
            "co-workers", "subordinates", "deputies", "assistants");
    /** Words of quantity that open a sentence about a group: "Most of them were shot". */
    private static final Set<String> QUANTIFIERS = Set.of("most", "many", "several", "some", "all", "none", "few",
            "both", "each", "dozens", "hundreds", "thousands", "half", "two", "three", "four", "five");
    /** Ranks and titles before a surname: "Captain Petrov". */
    private static final Set<String> TITLES = Set.of("captain", "general", "colonel", "major", "lieutenant", "marshal",
            "admiral", "professor", "academician", "comrade", "father", "doctor", "dr", "citizen", "prisoner");
    /** Active verbs whose object undergoes the event: "the NKVD arrested the philosopher", "a tribunal gave him". */
    private static final Set<String> OBJECT_VERBS = Set.of("arrested", "seized", "detained", "took", "gave", "killed",
            "cleared", "elected", "promoted", "appointed", "made", "sentenced", "condemned", "convicted", "awarded",
            "granted", "released", "freed", "rehabilitated", "exiled", "banished", "deported", "expelled", "executed",
            "shot", "named", "sent", "transferred", "moved", "transported", "reinstated", "readmitted", "restored");

    /**
     * Whether the participle at {@code at} is an active past tense ("Khrushchev released him", "he rehabilitated
     * thousands"): a name or pronoun, not an auxiliary or a conjunction, stands right before it.
     */
    private static boolean active(List<Token> tokens, int at) {
        int k = at - 1;
        while (k >= 0 && (ADVERBS.contains(tokens.get(k).lower()) || tokens.get(k).text().matches("\\p{Ll}+ly"))) k--;
        if (k < 0) return false;
        Token before = tokens.get(k);
        String lb = before.lower();
        if ((lb.equals("he") || lb.equals("she")) && k > 0 && AUXILIARIES.contains(tokens.get(k - 1).lower())) {
            return false; // "Only in 1992 was he rehabilitated": an inverted passive
        }
        if (!before.isWord() || AUX.contains(lb) || FUNCTION.contains(lb) && !lb.equals("who")) return false;
        return lb.equals("who") || lb.equals("he") || lb.equals("she") || lb.equals("they")
                || Character.isUpperCase(before.text().charAt(0));
    }

    private static String before(List<Token> tokens, int at) {
        int k = at - 1;
        while (k >= 0 && (ADVERBS.contains(tokens.get(k).lower()) || tokens.get(k).text().matches("\\p{Ll}+ly"))) k--;
        return k < 0 ? "" : tokens.get(k).lower();
    }

    private static Subject possessor(List<Token> tokens, int at, SubjectNames names) {
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            String w = tokens.get(k).lower();
            if (w.equals("his") || w.equals("her")) return names.isPronoun(w) ? Subject.SUBJECT : Subject.OTHER;
            if (w.endsWith("'s") || w.endsWith("’s")) {
                if (names.names(w)) return Subject.SUBJECT;
                if (k > 0 && tokens.get(k - 1).lower().equals("the")
                        && OCCUPATIONS.contains(w.substring(0, w.length() - 2))) {
                    return Subject.SUBJECT; // "the marshal's party membership"
                }
                return Subject.OTHER;
            }
        }
        return Subject.UNKNOWN;
    }

    private static boolean inSubjectPosition(List<Token> tokens, int k, Trigger trigger) {
        Token w = tokens.get(k);
        String lw = w.lower();
        boolean lower = w.isWord() && Character.isLowerCase(w.text().charAt(0));
        if (!w.isWord() || FUNCTION.contains(lw) || AUX.contains(lw) || ADVERBS.contains(lw)
                || lower && (lw.endsWith("ly") || lw.endsWith("ed") || lw.endsWith("ing"))) {
            return lw.equals("he") || lw.equals("she");
        }
        if (TIME_NOUNS.contains(lw) || NUMBERS.contains(lw)) return false; // "the next year became", "six hundred"
        int j = k + 1;
        while (j < tokens.size() && (ADVERBS.contains(tokens.get(j).text())
                || tokens.get(j).text().matches("\\p{Ll}+ly"))) {
            j++;
        }
        boolean name = Character.isUpperCase(w.text().charAt(0));
        if (name && j + 1 < tokens.size() && tokens.get(j).text().equals(",")
                && AUXILIARIES.contains(tokens.get(j + 1).lower())) {
            j++;
        }
        if (j >= tokens.size()) return false;
        Token next = tokens.get(j);
        String ln = next.lower();
        if (next.start() == trigger.start()) return AUX.contains(ln) || ln.endsWith("ed");
        return next.isWord() && (AUX.contains(ln) || (ln.endsWith("ed") && ln.length() > 4 && !NUMBERS.contains(ln)));
    }

    private static Subject classify(List<Token> tokens, int k, SubjectNames names) {
        Subject s = classifyWord(tokens, k, names);
        if (s == Subject.OTHER && listLedBySubject(tokens, k, names)) {
            return Subject.SUBJECT; // "Petrov, his wife Lydia and their three children were deported"
        }
        if (s == Subject.OTHER) {
            // "he and the critic X were killed", "the designer and a group of colleagues were freed"
            for (int j = k - 1; j >= Math.max(1, k - 5); j--) {
                if (!tokens.get(j).isWord()) break;
                if (tokens.get(j).lower().equals("and")) {
                    if (classifyWord(tokens, j - 1, names) == Subject.SUBJECT && !tokens.get(j - 1).lower().equals("who")) {
                        return Subject.SUBJECT;
                    }
                    break;
                }
            }
        }
        int and = k - 1;
        while (and >= 0 && Set.of("his", "her", "the", "their", "its").contains(tokens.get(and).lower())) and--;
        if (s == Subject.OTHER && and >= 1 && tokens.get(and).lower().equals("and")) {
            for (int j = and - 1; j >= Math.max(0, and - 3); j--) {
                String b = tokens.get(j).lower();
                if (names.isPronoun(b) && (b.equals("he") || b.equals("she")) || names.names(b)) return Subject.SUBJECT;
            }
        }
        return s;
    }

    /**
     * Whether the words before {@code k} are a list that the subject opens: the sentence starts with the subject's
     * name or pronoun and a comma, and an "and" joins the list before {@code k}, with no verb between.
     */
    private static boolean listLedBySubject(List<Token> tokens, int k, SubjectNames names) {
        int j = 0;
        while (j < k && tokens.get(j).isWord() && (names.names(tokens.get(j).text())
                || j == 0 && names.isPronoun(tokens.get(j).lower()))) {
            j++;
        }
        if (j == 0 || j >= k || !tokens.get(j).text().equals(",")) return false;
        boolean and = false;
        for (int i = j + 1; i < k; i++) {
            String w = tokens.get(i).lower();
            if (AUX.contains(w) || PASSIVE.contains(w)) return false;
            if (w.equals("and")) and = true;
        }
        return and;
    }

    /** Whether the sentence opens with the subject's name and a copula: "Ivan Petrov was …". */
    private static boolean namedCopula(List<Token> tokens, SubjectNames names) {
        for (int j = 0; j < Math.min(5, tokens.size()); j++) {
            String t = tokens.get(j).lower();
            if (t.equals("was") || t.equals("is")) return j > 0;
            if (!names.names(tokens.get(j).text())) return false;
        }
        return false;
    }

    private static Subject classifyWord(List<Token> tokens, int k, SubjectNames names) {
        String w = tokens.get(k).lower();
        if (w.equals("he") || w.equals("she")) return names.isPronoun(w) ? Subject.SUBJECT : Subject.OTHER;
        if (w.equals("who") && k > 2 && names.names(tokens.get(0).text())) {
            // "Petrov (...) was a Russian poet, a founding member of OBERIU, who spent": a chain of appositions
            int copula = -1;
            int commas = 0;
            for (int j = 1; j < k; j++) {
                String t = tokens.get(j).lower();
                if (copula < 0 && (t.equals("was") || t.equals("is"))) copula = j;
                else if (copula > 0 && t.equals(",")) {
                    commas++;
                    if (j + 1 < k && !Set.of("a", "an", "the", "one", "who").contains(tokens.get(j + 1).lower())) {
                        commas = -100;
                    }
                }
            }
            if (copula > 0 && commas >= 2 && tokens.get(k - 1).text().equals(",")) return Subject.SUBJECT;
        }
        if (w.equals("who") && k > 3 && PLACE_NOUNS.contains(tokens.get(k - 1).lower()) && namedCopula(tokens, names)) {
            // "Petrov was a peasant from the Vyatka region who was deported": no region is a "who"; the predicate's
            // person, the subject, is
            return Subject.SUBJECT;
        }
        if (w.equals("who") || w.equals("which")) {
            int j = k - 1;
            while (j >= 0 && !tokens.get(j).isWord()) j--;
            return j >= 0 && names.names(tokens.get(j).text()) ? Subject.SUBJECT : Subject.OTHER;
        }
        if (names.names(w)) {
            if (k == 0) return Subject.SUBJECT;
            Token before = tokens.get(k - 1);
            boolean otherGiven = before.isWord() && Character.isUpperCase(before.text().charAt(0))
                    && !names.names(before.text()) && !FUNCTION.contains(before.lower())
                    && !OPENING_WORDS.contains(before.lower()); // "In April Petrov was sentenced": a month, no name
            // "Father Innokenty was arrested", "General Petrov was shot": a title before the subject's own name
            boolean title = Character.isUpperCase(before.text().charAt(0)) && (TITLES.contains(before.lower())
                    || NameLexicon.isOneNameTitle(before.text()));
            if (title) return Subject.SUBJECT;
            return otherGiven || OTHERS.contains(before.lower()) ? Subject.OTHER : Subject.SUBJECT;
        }
        if ((w.equals("man") || w.equals("woman")) && k > 1 && tokens.get(k - 1).lower().equals("young")
                && tokens.get(k - 2).lower().equals("the")) {
            return Subject.SUBJECT; // "the young man served in the Red Army"
        }
        if (Character.isUpperCase(tokens.get(k).text().charAt(0)) || OTHERS.contains(w)) return Subject.OTHER;
        if (k > 0) {
            String before = tokens.get(k - 1).lower();
            if (names.isPronoun(before) && !before.equals("him") || names.names(before) && before.matches(".*['’]s")) {
                // "his corps were arrested", "Petrov's staff were shot": his unit, not he
                return GROUPS.contains(w) ? Subject.OTHER : Subject.SUBJECT;
            }
            if (before.equals("the") && OCCUPATIONS.contains(w)) return Subject.SUBJECT;
            // "the former editor", "the young poet": a title with one modifier
            if (k > 1 && tokens.get(k - 2).lower().equals("the") && OCCUPATIONS.contains(w)
                    && Character.isLowerCase(tokens.get(k - 1).text().charAt(0))) {
                return Subject.SUBJECT;
            }
        }
        return Subject.OTHER;
    }

    private static List<Token> tokens(Span sentence) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence.text());
        while (m.find()) {
            out.add(new Token(m.group(), sentence.start() + m.start(), sentence.start() + m.end()));
        }
        return out;
    }
}

package org.snegov.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snegov.model.Evidence;
import org.snegov.model.Mention;
import org.snegov.model.Relation;
import org.snegov.model.RelationType;

/**
 * Finds relations between the subject and the people mentioned, from phrases whose object is a list of names:
 * "an advisor to X and Y" (advised), "advised by X" (advised by), "worked with X", "along with X and Y" (worked
 * with), "became acquainted with X", "befriended X" (acquainted with), "denounced by X, Y and Z" (denounced by).
 * The phrase must be the subject's ({@link SubjectResolver}); a name counts when a mention's full name or surname
 * stands in the list. The evidence is the sentence. Thread-safe.
 */
public final class RelationFinder {

    private record Cue(RelationType type, Pattern pattern) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final List<Cue> CUES = List.of(
            new Cue(RelationType.ADVISED, Pattern.compile("\\badvis[eo]r\\s+to\\b", FLAGS)),
            new Cue(RelationType.ADVISED_BY, Pattern.compile("\\badvised\\s+by\\b", FLAGS)),
            new Cue(RelationType.WORKED_WITH, Pattern.compile("\\bworked\\s+(?:\\p{L}+\\s*[\"”]?\\s*)?with\\b"
                    + "|\\b(?:along|together)\\s+with\\b|\\bcollaborated\\s+with\\b|\\bcolleague\\s+of\\b", FLAGS)),
            new Cue(RelationType.ACQUAINTED_WITH, Pattern.compile("\\bacquainted\\s+with\\b|\\bbefriended\\b"
                    + "|\\bfriends?\\s+(?:with|of)\\b", FLAGS)),
            new Cue(RelationType.DENOUNCED_BY, Pattern.compile("\\bdenounced\\s+by\\b", FLAGS)));
    private static final Pattern CUE_WORDS = Pattern.compile("advis|with|acquainted|befriended|friend|denounced"
            + "|colleague");
    private static final Pattern LIST_END = Pattern.compile("[.;:]|,\\s+(?!and\\b)\\p{Ll}|\\s(?:on|during|in|at|to"
            + "|for|who|which|when|where|was|were|had|about)\\s");

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SubjectResolver subjects = new SubjectResolver();

    /** The relations stated in {@code document}, one per person and type, in text order; never null. */
    public List<Relation> find(BiographyDocument document, String sourceId, SubjectNames names,
                               List<Mention> mentions) {
        List<Relation> out = new ArrayList<>();
        for (Span paragraph : document.paragraphs().toList()) {
            for (Span sentence : splitter.split(paragraph)) {
                String lower = sentence.text().toLowerCase(Locale.ROOT);
                if (!CUE_WORDS.matcher(lower).find()) continue;
                for (Cue cue : CUES) {
                    Matcher m = cue.pattern().matcher(sentence.text());
                    while (m.find()) {
                        Trigger at = new Trigger(org.snegov.model.EventType.OTHER, sentence.start() + m.start(),
                                sentence.start() + m.end(), Trigger.Form.VERB);
                        if (subjects.resolve(sentence, at, names) == Subject.OTHER) continue;
                        String rest = sentence.text().substring(m.end());
                        Matcher end = LIST_END.matcher(rest);
                        String list = end.find() ? rest.substring(0, end.start()) : rest;
                        for (Mention p : mentions) {
                            if (!named(list, p.name())) continue;
                            boolean dup = out.stream().anyMatch(r -> r.person().equals(p.name()) && r.type() == cue.type());
                            if (!dup) {
                                out.add(new Relation(p.name(), cue.type(),
                                        Evidence.of(sourceId, document.text(), sentence.start(), sentence.end())));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean named(String list, String name) {
        String l = list.toLowerCase(Locale.ROOT);
        String surname = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return l.contains(name.toLowerCase(Locale.ROOT)) || containsWord(l, surname);
    }

    private static boolean containsWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int e = i + word.length();
            boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1));
            boolean endOk = e == text.length() || !Character.isLetter(text.charAt(e));
            if (startOk && endOk) return true;
        }
        return false;
    }
}

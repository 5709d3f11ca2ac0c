package org.snegov.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.snegov.model.EventType;

/**
 * Merges the mentions of one event, as biographies repeat themselves: the lead sums up what the body tells.
 * <ul>
 *   <li>In one sentence, two triggers of one type joined without a word of sequence ("joined the NKVD in 1933 and
 *       for two years worked in its department") are one event; "and then worked" makes two. The items of a list
 *       ({@link Trigger.Form#LISTED}: "the Order of Lenin and the Lenin Prize", "then in Omsk") are one event
 *       each.</li>
 *   <li>In one paragraph, an undated camp or exile after another is the same term continuing ("sent into the
 *       depths of the Gulag"), unless it is a further place of a list.</li>
 *   <li>In the whole text, an arrest, execution, rehabilitation or death whose date another of its type states
 *       more precisely (undated against dated, "1940" against "6 August 1940") is a retelling, as a lead sums up
 *       the body; unless it says "again", "second" or "another".</li>
 * </ul>
 * Stateless.
 */
final class EventMerger {

    private static final Pattern SEQUENCE = Pattern.compile("\\b(?:then|later|afterwards|subsequently|again|after"
            + "\\s+that|second|another|once\\s+more|commuted|reduced|replaced|increased|he|she|before)\\b|;", Pattern.CASE_INSENSITIVE);
    /** A word of sequence right before a post: "later led the 5th Army" is a step of its own. */
    private static final Pattern STEP = Pattern.compile("\\b(?:then|later|afterwards|subsequently)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** A year between an undated event and a dated one of its type: "led the 5th Army, and in 1920 took charge". */
    private static final Pattern YEAR = Pattern.compile("\\b1[0-9]{3}\\b");
    /** A clause that looks back at an event already told: "After she was freed, ...", "Following his arrest". */
    private static final Pattern LOOK_BACK = Pattern.compile("(?:^|[,;]\\s*)(?:after|once|when|following|upon|since)"
            + "\\s+(?:(?:he|she)\\s+(?:was|had\\s+been)\\s+|(?:his|her)\\s+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPEAT = Pattern.compile("\\b(?:again|second|third|another|re-?arrest\\w*"
            + "|once\\s+more|several\\s+times|repeatedly|twice|many\\s+times|more\\s+than\\s+once)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<EventType> CONTINUING = Set.of(EventType.CAMP, EventType.EXILE);
    private static final Set<EventType> ONCE = Set.of(EventType.ARREST, EventType.EXECUTION,
            EventType.REHABILITATION, EventType.DEATH);

    List<EventExtractor.Candidate> merge(List<EventExtractor.Candidate> found, String text) {
        List<EventExtractor.Candidate> out = new ArrayList<>();
        for (EventExtractor.Candidate c : found) {
            EventExtractor.Candidate same = sameSentence(out, c, text);
            if (same != null) {
                if (same.date() == null && c.date() != null) {
                    out.set(out.indexOf(same), new EventExtractor.Candidate(same.trigger(), same.sentence(),
                            same.paragraph(), c.date(), same.place() != null ? same.place() : c.place(),
                            same.sentence().sub(Math.min(same.clause().start(), c.clause().start()),
                                    Math.max(same.clause().end(), c.clause().end())), c.until()));
                }
                continue;
            }
            if (c.date() == null && lookingBack(c, text) && out.stream().anyMatch(o -> o.trigger().type() == c.trigger().type())) {
                continue;
            }
            if (c.date() == null && CONTINUING.contains(c.trigger().type()) && c.trigger().form() != Trigger.Form.LISTED
                    && out.stream().anyMatch(o -> o.paragraph() == c.paragraph() && o.trigger().type() == c.trigger().type()
                    && !elsewhere(o, c))) {
                continue;
            }
            out.add(c);
        }
        List<EventExtractor.Candidate> kept = new ArrayList<>();
        for (EventExtractor.Candidate c : out) {
            if (ONCE.contains(c.trigger().type()) && c.paragraph() > 0 && !REPEAT.matcher(c.sentence().text()).find()
                    && out.stream().anyMatch(o -> o != c && o.trigger().type() == c.trigger().type()
                    && finer(o.date(), c.date()))) {
                continue;
            }
            kept.add(c);
        }
        return kept;
    }

    /** Whether two stays name different places: a move from one camp or place of exile to another is a new stay. */
    private static boolean elsewhere(EventExtractor.Candidate a, EventExtractor.Candidate b) {
        return a.place() != null && b.place() != null
                && (b.trigger().form() == Trigger.Form.TRANSFER || b.trigger().form() == Trigger.Form.VERB)
                && !a.place().equals(b.place());
    }

    private static boolean lookingBack(EventExtractor.Candidate c, String text) {
        return LOOK_BACK.matcher(text.substring(c.sentence().start(), c.trigger().start())).find();
    }

    /** Whether {@code a} states the same time as {@code b} more precisely ("1940-08-06" and "1940"; any and none). */
    private static boolean finer(org.snegov.model.PartialDate a, org.snegov.model.PartialDate b) {
        if (a == null) return false;
        if (b == null) return true;
        return a.precision().compareTo(b.precision()) > 0 && a.iso().startsWith(b.iso());
    }

    private static EventExtractor.Candidate sameSentence(List<EventExtractor.Candidate> out,
                                                         EventExtractor.Candidate c, String text) {
        for (int i = out.size() - 1; i >= 0; i--) {
            EventExtractor.Candidate o = out.get(i);
            if (o.sentence().start() != c.sentence().start()) break;
            if (o.trigger().type() != c.trigger().type()) continue;
            // Both dated: one event only when a transfer takes just the year of the date told before it ("In January
            // 1942 he was mobilised into the labour army and sent to Bogoslovlag")
            if (o.date() != null && c.date() != null
                    && !(c.trigger().form() == Trigger.Form.TRANSFER && finer(o.date(), c.date()))) {
                continue;
            }
            if (c.trigger().form() == Trigger.Form.LISTED) {
                continue; // a further place or award of a list is an event of its own
            }
            String between = text.substring(Math.min(o.trigger().end(), c.trigger().start()), c.trigger().start());
            if (SEQUENCE.matcher(between).find()) continue;
            if (o.date() == null && YEAR.matcher(between).find()) continue;
            if (o.date() == null && c.trigger().type() == EventType.POSITION && STEP.matcher(text.substring(Math.max(o.sentence().start(), o.trigger().start() - 12),
                    o.trigger().start())).find()) {
                continue; // "later led the 5th Army": a step of its own
            }
            return o;
        }
        return null;
    }
}

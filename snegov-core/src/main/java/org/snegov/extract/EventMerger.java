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
 *       for two years worked in its department") are one event; "and then worked" makes two.</li>
 *   <li>In one paragraph, an undated camp or exile after another is the same term continuing ("sent into the
 *       depths of the Gulag").</li>
 *   <li>In the whole text, an undated arrest, execution or rehabilitation when another of its type is dated is a
 *       retelling, unless it says "again", "second" or "another".</li>
 * </ul>
 * Stateless.
 */
final class EventMerger {

    private static final Pattern SEQUENCE = Pattern.compile("\\b(?:then|later|afterwards|subsequently|again|after"
            + "\\s+that|second|another|once\\s+more)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPEAT = Pattern.compile("\\b(?:again|second|third|another|re-?arrest\\w*"
            + "|once\\s+more)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<EventType> CONTINUING = Set.of(EventType.CAMP, EventType.EXILE);
    private static final Set<EventType> ONCE = Set.of(EventType.ARREST, EventType.EXECUTION,
            EventType.REHABILITATION);

    List<EventExtractor.Candidate> merge(List<EventExtractor.Candidate> found, String text) {
        List<EventExtractor.Candidate> out = new ArrayList<>();
        for (EventExtractor.Candidate c : found) {
            EventExtractor.Candidate same = sameSentence(out, c, text);
            if (same != null) {
                if (same.date() == null && c.date() != null) {
                    out.set(out.indexOf(same), new EventExtractor.Candidate(same.trigger(), same.sentence(),
                            same.paragraph(), c.date(), same.place() != null ? same.place() : c.place()));
                }
                continue;
            }
            if (c.date() == null && CONTINUING.contains(c.trigger().type())
                    && out.stream().anyMatch(o -> o.paragraph() == c.paragraph() && o.trigger().type() == c.trigger().type())) {
                continue;
            }
            out.add(c);
        }
        List<EventExtractor.Candidate> kept = new ArrayList<>();
        for (EventExtractor.Candidate c : out) {
            if (c.date() == null && ONCE.contains(c.trigger().type())
                    && out.stream().anyMatch(o -> o.trigger().type() == c.trigger().type() && o.date() != null)
                    && !REPEAT.matcher(c.sentence().text()).find()) {
                continue;
            }
            kept.add(c);
        }
        return kept;
    }

    private static EventExtractor.Candidate sameSentence(List<EventExtractor.Candidate> out,
                                                         EventExtractor.Candidate c, String text) {
        for (int i = out.size() - 1; i >= 0; i--) {
            EventExtractor.Candidate o = out.get(i);
            if (o.sentence().start() != c.sentence().start()) break;
            if (o.trigger().type() != c.trigger().type()) continue;
            if (o.date() != null && c.date() != null && !o.date().equals(c.date())) continue;
            String between = text.substring(Math.min(o.trigger().end(), c.trigger().start()), c.trigger().start());
            if (SEQUENCE.matcher(between).find()) continue;
            return o;
        }
        return null;
    }
}

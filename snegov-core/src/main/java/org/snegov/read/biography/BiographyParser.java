package org.snegov.read.biography;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snegov.extract.BiographyDocument;
import org.snegov.extract.InfoboxEntry;
import org.snegov.extract.Section;
import org.snegov.extract.Span;

/**
 * Splits a biography's text into title, infobox, sections and paragraphs, keeping the offset of every part.
 *
 * <p>Tolerant: missing infobox, lead or sections, {@code \r\n} line ends, a leading byte-order mark and blank
 * lines before the title are all accepted; a paragraph ending in a colon with nothing after it stays a paragraph.
 * In the body, each list item ({@code - }, {@code * } or {@code • } at the start of a line) is a paragraph of its
 * own, without its bullet, as a timeline's items are separate statements.
 * Offsets index into the text exactly as given. Stateless and thread-safe.
 */
public final class BiographyParser {

    private static final Pattern TITLE = Pattern.compile("=(?!=)\\s*(.*?\\S)\\s*=");
    private static final Pattern HEADING = Pattern.compile("(={2,6})\\s*(.*?\\S)\\s*\\1");
    private static final Pattern INFOBOX = Pattern.compile("[-*•]\\s+.*");
    /** The mark of a list item in the body: each item is a paragraph. */
    private static final Pattern BULLET = Pattern.compile("[-*•]\\s+");

    /**
     * Parses {@code text}, or returns empty when it is not a biography: when its first non-blank line is not a
     * {@code = Title =} line.
     *
     * @param text the whole text, never null
     */
    public Optional<BiographyDocument> parse(String text) {
        List<Span> lines = lines(text);
        int i = 0;
        while (i < lines.size() && lines.get(i).strip().isEmpty()) i++;
        if (i == lines.size()) return Optional.empty();
        Span first = lines.get(i).strip();
        Matcher tm = TITLE.matcher(first.text());
        if (!tm.matches()) return Optional.empty();
        Span title = first.sub(first.start() + tm.start(1), first.start() + tm.end(1));
        i++;
        while (i < lines.size() && lines.get(i).strip().isEmpty()) i++;

        Span caption = null;
        List<InfoboxEntry> infobox = new ArrayList<>();
        if (i + 1 < lines.size() && !isInfoboxLine(lines.get(i)) && !isHeading(lines.get(i))
                && isInfoboxLine(lines.get(i + 1))) {
            caption = lines.get(i).strip();
            i++;
        }
        while (i < lines.size() && isInfoboxLine(lines.get(i))) {
            infobox.add(entry(lines.get(i).strip()));
            i++;
        }

        List<Section> sections = new ArrayList<>();
        int level = 0;
        Span heading = null;
        List<Span> paragraphs = new ArrayList<>();
        int paraStart = -1;
        int paraEnd = -1;
        for (; i < lines.size(); i++) {
            Span line = lines.get(i);
            Span stripped = line.strip();
            Matcher hm = HEADING.matcher(stripped.text());
            boolean isHeading = hm.matches();
            if (stripped.isEmpty() || isHeading) {
                if (paraStart >= 0) {
                    paragraphs.add(Span.of(text, paraStart, paraEnd));
                    paraStart = -1;
                }
            }
            if (isHeading) {
                if (heading != null || !paragraphs.isEmpty()) {
                    sections.add(new Section(level, heading, paragraphs));
                }
                paragraphs = new ArrayList<>();
                level = hm.group(1).length();
                heading = stripped.sub(stripped.start() + hm.start(2), stripped.start() + hm.end(2));
            } else if (!stripped.isEmpty()) {
                Matcher bullet = BULLET.matcher(stripped.text());
                if (bullet.lookingAt() && bullet.end() < stripped.text().length()) {
                    // a list item is a paragraph of its own, without its bullet
                    if (paraStart >= 0) paragraphs.add(Span.of(text, paraStart, paraEnd));
                    paraStart = stripped.start() + bullet.end();
                    paraEnd = stripped.end();
                    continue;
                }
                if (paraStart < 0) paraStart = stripped.start();
                paraEnd = stripped.end();
            }
        }
        if (paraStart >= 0) paragraphs.add(Span.of(text, paraStart, paraEnd));
        if (heading != null || !paragraphs.isEmpty()) sections.add(new Section(level, heading, paragraphs));
        return Optional.of(new BiographyDocument(text, title, caption, infobox, sections));
    }

    /** The lines of {@code text} without their line ends ({@code \n}, {@code \r\n} or {@code \r}). */
    static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int n = text.length();
        int i = start;
        while (i <= n) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                lines.add(Span.of(text, start, i));
                if (i == n) break;
                if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
            i++;
        }
        return lines;
    }

    private static boolean isInfoboxLine(Span line) {
        return INFOBOX.matcher(line.text()).matches();
    }

    private static boolean isHeading(Span line) {
        return HEADING.matcher(line.strip().text()).matches();
    }

    private static InfoboxEntry entry(Span line) {
        int keyStart = line.start() + 1;
        while (keyStart < line.end() && Character.isWhitespace(line.text().charAt(keyStart - line.start()))) {
            keyStart++;
        }
        int colon = line.text().indexOf(':', keyStart - line.start());
        if (colon < 0) {
            return new InfoboxEntry(line.sub(keyStart, line.end()).strip(), line.sub(line.end(), line.end()));
        }
        int colonAt = line.start() + colon;
        return new InfoboxEntry(line.sub(keyStart, colonAt).strip(), line.sub(colonAt + 1, line.end()).strip());
    }
}

package org.snegov.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snegov.model.Evidence;
import org.snegov.model.Mention;

/**
 * Finds the people a Russian biography names: initials and a surname ("В. П. Глушко", "А.Ф. Иоффе") or a given
 * name, a patronymic and a surname ("Анна Петровна Левицкая"). Names are kept as written, in whatever case the
 * sentence puts them ("Н. К. Беляева" after "по доносу" stays so: the masculine genitive and the feminine
 * nominative look alike). The subject's own names are not mentions. Thread-safe.
 */
public final class RussianMentionFinder {

    private static final Pattern INITIALS = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\.\\s?\\p{Lu}\\.\\s?"
            + "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");
    private static final Pattern FULL = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+"
            + "(?:вич|вна|чна|ична|ьич)(?:а|у|ем|ом|ой|е)?\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");

    /** The people {@code document} names, once each, in text order; never null. */
    public List<Mention> find(BiographyDocument document, String sourceId, SubjectNames names) {
        Map<String, Mention> out = new LinkedHashMap<>();
        for (Span paragraph : document.paragraphs().toList()) {
            List<int[]> spans = new ArrayList<>();
            for (Pattern p : List.of(FULL, INITIALS)) {
                Matcher m = p.matcher(paragraph.text());
                while (m.find()) spans.add(new int[] {m.start(), m.end()});
            }
            spans.sort((a, b) -> Integer.compare(a[0], b[0]));
            for (int[] s : spans) {
                String name = paragraph.text().substring(s[0], s[1]).replaceAll("\\s+", " ");
                if (ofSubject(name, names) || out.containsKey(name)) continue;
                int start = paragraph.start() + s[0];
                int end = paragraph.start() + s[1];
                out.put(name, new Mention(name, Evidence.of(sourceId, document.text(), start, end)));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Whether every word of {@code name} (past the initials) is one of the subject's names. */
    private static boolean ofSubject(String name, SubjectNames names) {
        for (String w : name.split("[\\s.]+")) {
            if (w.length() > 1 && !names.names(w)) return false;
        }
        return true;
    }
}

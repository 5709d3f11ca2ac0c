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
 * name, a patronymic and a surname ("Анна Петровна Левицкая"). Names are kept as written, except an initialled
 * surname in the genitive of a denunciation or testimony, which is named in the nominative ({@link #nominative}).
 * The subject's own names are not mentions. Thread-safe.
 */
public final class RussianMentionFinder {

    private static final Pattern INITIALS = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\.\\s?\\p{Lu}\\.\\s?"
            + "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");
    private static final Pattern FULL = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+"
            + "(?:вич|вна|чна|ична|ьич)(?:а|у|ем|ом|ой|е)?\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");

    private static final Pattern INITIALLED = Pattern.compile("\\p{Lu}\\. ?\\p{Lu}\\. ?\\p{Lu}\\p{Ll}+");
    private static final Pattern GENITIVE_SURNAME = Pattern.compile("(ова|ева|ёва|ина|ына|ского|цкого)$");
    /** A denunciation or testimony and the lower-case words of the informer's position: "по доносу коллеги, завуча школы". */
    private static final Pattern GENITIVE_CUE = Pattern.compile("(?:по\\s+(?:доносу|показаниям|заявлению|клевете)"
            + "|донос\\p{L}*|показани\\p{L}*)(?:[\\s,]+\\p{Ll}[\\p{Ll}-]*){0,4}[\\s,]+$");

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
                String name = nominative(paragraph.text(), s[0], paragraph.text().substring(s[0], s[1])
                        .replaceAll("\\s+", " "));
                if (ofSubject(name, names) || out.containsKey(name)) continue;
                int start = paragraph.start() + s[0];
                int end = paragraph.start() + s[1];
                out.put(name, new Mention(name, Evidence.of(sourceId, document.text(), start, end)));
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The name as a list gives it: an initialled surname that a denunciation or testimony governs is in the genitive
     * ("по доносу сотрудника лаборатории Н. К. Беляева"), and there "-ова" can only be masculine (a woman would be
     * "Беляевой"), so the surname loses its ending: "Н. К. Беляев". Anywhere else the name stays as written.
     */
    static String nominative(String text, int at, String name) {
        Matcher ending = GENITIVE_SURNAME.matcher(name);
        if (!INITIALLED.matcher(name).matches() || !ending.find()
                || !GENITIVE_CUE.matcher(text.substring(Math.max(0, at - 80), at)).find()) {
            return name;
        }
        String stem = name.substring(0, ending.start(1));
        return switch (ending.group(1)) {
            case "ского" -> stem + "ский";
            case "цкого" -> stem + "цкий";
            default -> stem + ending.group(1).substring(0, ending.group(1).length() - 1);
        };
    }

    /** Whether every word of {@code name} (past the initials) is one of the subject's names. */
    private static boolean ofSubject(String name, SubjectNames names) {
        for (String w : name.split("[\\s.]+")) {
            if (w.length() > 1 && !names.names(w)) return false;
        }
        return true;
    }
}

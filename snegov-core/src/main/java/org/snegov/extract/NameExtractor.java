package org.snegov.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snegov.model.Evidence;
import org.snegov.model.NameKind;
import org.snegov.model.PersonName;

/**
 * Finds the subject's names: the title ({@link NameKind#PRIMARY}); the fullest name in the subject's own
 * (Cyrillic) script ({@link NameKind#NATIVE}), from the infobox's native name, the lead's parentheses or the
 * infobox's birth line, preferring more words, then a form without stress marks; and the lead's fuller Latin name
 * ("Alexei Vladimirovich Snegov", {@link NameKind#OTHER}) when it differs from the title. Stateless.
 */
public final class NameExtractor {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}[\\p{IsCyrillic}\\p{M}'’-]*"
            + "(?:[ \\u00A0]+\\p{IsCyrillic}[\\p{IsCyrillic}\\p{M}'’-]*)*");
    private static final Pattern LEAD_NAME = Pattern.compile("^\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){1,4}");
    private static final Pattern PATRONYMIC = Pattern.compile(".*(?:вич|вна|ична|инична|ич)", Pattern.CASE_INSENSITIVE);

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** The subject's names, the primary (title) first; never empty. */
    public List<PersonName> extract(BiographyDocument document, String sourceId) {
        String text = document.text();
        List<PersonName> names = new ArrayList<>();
        names.add(name(document.title(), NameKind.PRIMARY, sourceId, text));
        nativeName(document).ifPresent(s -> names.add(name(s, NameKind.NATIVE, sourceId, text)));
        leadName(document).filter(s -> !s.text().equals(document.title().text()))
                .ifPresent(s -> names.add(name(s, NameKind.OTHER, sourceId, text)));
        return names;
    }

    /** The lead's opening name ("Alexei Vladimirovich Snegov"), if the lead starts with one. */
    public Optional<Span> leadName(BiographyDocument document) {
        return document.leadParagraph().flatMap(p -> {
            Matcher m = LEAD_NAME.matcher(p.text());
            return m.find() ? Optional.of(p.sub(p.start() + m.start(), p.start() + m.end())) : Optional.empty();
        });
    }

    private Optional<Span> nativeName(BiographyDocument document) {
        List<Span> candidates = new ArrayList<>();
        document.infoboxEntry("nativename").ifPresent(e -> candidates.addAll(cyrillic(e.value())));
        document.leadParagraph().ifPresent(p -> {
            List<Span> sentences = splitter.split(p);
            if (!sentences.isEmpty()) {
                for (Span inside : parentheses(sentences.get(0))) candidates.addAll(cyrillic(inside));
            }
        });
        document.infoboxEntry("born", "birthname").ifPresent(e -> candidates.addAll(cyrillic(e.value())));
        Span best = null;
        for (Span c : candidates) {
            if (best == null || score(c) > score(best)) best = c;
        }
        return Optional.ofNullable(best);
    }

    private static int score(Span name) {
        int words = Math.min(name.text().split("\\s+").length, 4);
        boolean marks = name.text().chars().anyMatch(ch -> Character.getType(ch) == Character.NON_SPACING_MARK);
        return words * 2 + (marks ? 0 : 1);
    }

    private static List<Span> cyrillic(Span value) {
        List<Span> out = new ArrayList<>();
        Matcher m = CYRILLIC.matcher(value.text());
        while (m.find()) out.add(value.sub(value.start() + m.start(), value.start() + m.end()));
        return out;
    }

    /** The contents of the top-level parentheses of {@code sentence}, in order; a missing ")" closes at the end. */
    static List<Span> parentheses(Span sentence) {
        List<Span> out = new ArrayList<>();
        String t = sentence.text();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                if (depth++ == 0) open = i + 1;
            } else if (c == ')' && depth > 0 && --depth == 0) {
                out.add(sentence.sub(sentence.start() + open, sentence.start() + i));
            }
        }
        if (depth > 0) out.add(sentence.sub(sentence.start() + open, sentence.end()));
        return out;
    }

    private static PersonName name(Span s, NameKind kind, String sourceId, String text) {
        String[] w = s.text().strip().split("\\s+");
        String given = null;
        String patronymic = null;
        String surname = null;
        if (w.length == 2) {
            given = w[0];
            surname = w[1];
        } else if (w.length == 3) {
            given = w[0];
            surname = w[2];
            String plain = java.text.Normalizer.normalize(w[1], java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            if (PATRONYMIC.matcher(plain).matches() || plain.matches(".*(?:vich|vna|ichna|evych|ovych)")) {
                patronymic = w[1];
            }
        }
        return new PersonName(s.text(), surname, given, patronymic, kind,
                Evidence.of(sourceId, text, s.start(), s.end()));
    }
}

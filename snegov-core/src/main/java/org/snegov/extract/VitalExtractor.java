package org.snegov.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snegov.model.Evidence;
import org.snegov.model.PartialDate;
import org.snegov.model.Place;
import org.snegov.model.Vital;

/**
 * Finds birth and death. Three places are read, the first to give a date or a place wins for that part: the
 * infobox ({@code Born}, {@code Birth Date}, {@code Birthplace}, {@code Died}, ...; a {@code Born} value may start
 * with the name: "Lev Razgon, April 1, 1908, Horki"), the lead's parenthesis ("(Алексей ...; 1898, Kiev – 18
 * September 1989, Moscow)"), and a body sentence saying the subject "was born ... in Place". The evidence is the
 * span that gave the date (else the place). Thread-safe.
 */
public final class VitalExtractor {

    /** Birth and death, each null when the text gives neither date nor place. */
    public record Vitals(Vital birth, Vital death) {
    }

    private record Part(PartialDate date, Place place, Span evidence) {
    }

    private static final Pattern DASH = Pattern.compile("\\s+[–—-]\\s+|\\s*[–—]\\s*");
    private static final Pattern BORN = Pattern.compile("\\bborn\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIED = Pattern.compile("\\b(?:died|passed\\s+away|(?:was|were)\\s+(?:shot|executed))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KEYWORD = Pattern.compile("(?:(born|b\\.)|(died|d\\.))\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BORN_IN = Pattern.compile("^[^.;]{0,80}?\\b(?:in|near|at)\\s+(?:the\\s+(?:city|town|village)"
            + "\\s+of\\s+|(?:a|the)\\s+(?:(?:labou?r\\s+)?camp|prison|camp\\s+hospital|hospital)\\s+(?:near|in|at)\\s+"
            + "|besieged\\s+)?(?<p>\\p{Lu}[\\p{L}-]+(?:,?\\s+\\p{Lu}[\\p{L}-]+)*)");
    /** A place that is none: "unknown", "place unknown". */
    private static final Pattern NO_PLACE = Pattern.compile("(?:place\\s+)?(?:unknown|not\\s+known|uncertain)"
            + "(?:\\s+place)?", Pattern.CASE_INSENSITIVE);
    /** A bound, not a date: "after 1945", "before 1950". */
    private static final Pattern BOUND = Pattern.compile("\\b(?:after|before|not\\s+before|no\\s+later\\s+than"
            + "|not\\s+later\\s+than)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTHS = Pattern.compile("January|February|March|April|May|June|July|August"
            + "|September|October|November|December");

    private static final Pattern RU_BORN = Pattern.compile("(?<![\\p{L}])родил(?:ся|ась)(?![\\p{L}])");
    private static final Pattern RU_DIED = Pattern.compile("(?<![\\p{L}])(?:умер(?:ла)?|скончал(?:ся|ась)|погиб(?:ла)?)"
            + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "в Киеве", "в г. Самаре": a place in the prepositional case after the verb. */
    private static final Pattern RU_IN = Pattern.compile("^[^.;]{0,60}?(?<![\\p{L}])в\\s+(?:г\\.\\s*|городе\\s+|селе\\s+"
            + "|деревне\\s+)?(?<p>\\p{Lu}[\\p{L}-]+)");

    private final EnglishDateFinder dates = new EnglishDateFinder();
    private final RussianDateFinder russianDates = new RussianDateFinder();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SubjectResolver subjects = new SubjectResolver();

    /** The subject's birth and death in {@code document}, with evidence in source {@code sourceId}. */
    public Vitals extract(BiographyDocument document, String sourceId, SubjectNames names) {
        List<Part> births = new ArrayList<>();
        List<Part> deaths = new ArrayList<>();
        document.infoboxEntry("born", "birthdate", "dateofbirth").map(e -> datedPlace(e.value())).ifPresent(births::add);
        document.infoboxEntry("birthplace", "placeofbirth").map(e -> place(e.value())).ifPresent(births::add);
        document.infoboxEntry("died", "deathdate", "dateofdeath").map(e -> datedPlace(e.value())).ifPresent(deaths::add);
        document.infoboxEntry("deathplace", "placeofdeath").map(e -> place(e.value())).ifPresent(deaths::add);
        for (Span lifespan : leadLifespan(document)) {
            Matcher keyword = KEYWORD.matcher(lifespan.text());
            if (keyword.lookingAt()) {
                Span rest = lifespan.sub(lifespan.start() + keyword.end(), lifespan.end());
                (keyword.group(1) != null ? births : deaths).add(datedPlace(rest));
                continue;
            }
            Matcher dash = DASH.matcher(lifespan.text());
            boolean split = false;
            while (!split && dash.find()) {
                Span left = lifespan.sub(lifespan.start(), lifespan.start() + dash.start());
                Span right = lifespan.sub(lifespan.start() + dash.end(), lifespan.end());
                if (!dates.find(right, 0).isEmpty() || dates.find(left, 0).isEmpty()) {
                    births.add(datedPlace(left));
                    deaths.add(datedPlace(right));
                    split = true;
                }
            }
            if (!split) births.add(datedPlace(lifespan));
        }
        if (Language.of(document.text()) == Language.RUSSIAN) {
            if (incomplete(births)) russianSentence(document, RU_BORN).ifPresent(births::add);
            if (incomplete(deaths)) russianSentence(document, RU_DIED).ifPresent(deaths::add);
        }
        if (incomplete(births)) sentence(document, names, BORN).ifPresent(births::add);
        if (incomplete(deaths)) sentence(document, names, DIED).ifPresent(deaths::add);
        return new Vitals(vital(births, sourceId, document.text()), vital(deaths, sourceId, document.text()));
    }

    /**
     * A Russian sentence whose verb ({@code verb}: "родился", "умер") is the subject's, its gender agreeing with
     * the text's: the date after the verb and the place "в Киеве", in the nominative ("Киев").
     */
    private Optional<Part> russianSentence(BiographyDocument document, Pattern verb) {
        RussianAgreement.Gender gender = RussianAgreement.genderOf(document.text());
        for (Span paragraph : document.paragraphs().toList()) {
            if (!verb.matcher(paragraph.text()).find()) continue;
            for (Span sentence : splitter.split(paragraph)) {
                Matcher v = verb.matcher(sentence.text());
                if (!v.find()) continue;
                Trigger at = new Trigger(org.snegov.model.EventType.OTHER, sentence.start() + v.start(),
                        sentence.start() + v.end(), Trigger.Form.VERB);
                if (!RussianAgreement.ofSubject(sentence, at, gender)) continue;
                Span after = sentence.sub(at.end(), sentence.end());
                Matcher in = RU_IN.matcher(after.text());
                Place place = in.find() ? new Place(in.group("p"), nominative(in.group("p"))) : null;
                List<DateMention> found = russianDates.find(after, 0);
                PartialDate date = found.isEmpty() || found.get(0).span().start() - after.start() > 60
                        ? null : found.get(0).date();
                if (place != null || date != null) return Optional.of(new Part(date, place, sentence));
            }
        }
        return Optional.empty();
    }

    /** A Russian place name in the prepositional case brought back to the nominative: Киеве → Киев, Казани → Казань. */
    static String nominative(String place) {
        if (place.matches(".*(?:ове|еве|ёве|ине|ыне|граде|бурге|ске|цке|поле)")) return place.substring(0, place.length() - 1);
        if (place.endsWith("и")) return place.substring(0, place.length() - 1) + "ь";
        if (place.endsWith("е")) return place.substring(0, place.length() - 1) + "а";
        return place;
    }

    /** Whether the parts found so far lack a date or a place, so that the body is worth reading. */
    private static boolean incomplete(List<Part> parts) {
        return parts.stream().noneMatch(p -> p.date() != null) || parts.stream().noneMatch(p -> p.place() != null);
    }

    private static Vital vital(List<Part> parts, String sourceId, String text) {
        PartialDate date = null;
        Place place = null;
        Span evidence = null;
        for (Part p : parts) {
            if (date == null && p.date() != null) {
                date = p.date();
                evidence = p.evidence();
            }
            if (place == null && p.place() != null) {
                place = p.place();
                if (evidence == null) evidence = p.evidence();
            }
        }
        if (evidence == null) return null;
        return new Vital(date, place, Evidence.of(sourceId, text, evidence.start(), evidence.end()));
    }

    /** A value such as "Lev Razgon, April 1, 1908, Horki, Mogilev Governorate": the first date, then the place. */
    private Part datedPlace(Span value) {
        List<DateMention> found = Language.datesFor(value.text()).find(value, 0);
        if (found.isEmpty()) {
            return value.text().matches("[^\\d]*\\p{L}[^\\d]*") ? place(value) : new Part(null, null, value);
        }
        DateMention d = found.get(0);
        Span rest = value.sub(d.span().end(), value.end());
        Place place = placeOf(rest.text());
        int end = place == null ? d.span().end() : value.end();
        boolean bound = BOUND.matcher(value.text().substring(0, d.span().start() - value.start())).find();
        return new Part(bound ? null : d.date(), place, value.sub(d.span().start(), end));
    }

    private static Part place(Span value) {
        return new Part(null, placeOf(value.text()), value);
    }

    /** The place of a value: parentheses ("(aged 45)", "(now Kyiv)") removed, leading punctuation stripped. */
    private static Place placeOf(String raw) {
        String p = raw.replaceAll("\\([^)]*\\)|\\[[^]]*]", " ").replaceAll("^[\\s,;:.]+|[\\s,;:.]+$", "")
                .replaceAll("\\s+,", ",").replaceAll("\\s{2,}", " ");
        // Descriptions such as "near Petrograd" stay: the place is kept as the text writes it.
        // A number is no place ("(aged 45)", a stray year), but an ordinal in a name is: "2nd Khatyn-Arynsky nasleg"
        if (p.isBlank() || !p.matches(".*\\p{L}.*") || p.replaceAll("\\b\\d{1,2}(?:st|nd|rd|th)\\b", "").matches(".*\\d.*")
                || NO_PLACE.matcher(p).matches()) {
            return null;
        }
        return Place.of(p);
    }

    /**
     * The segments (between semicolons) of the lead's first parenthesis that hold dates: the life span
     * ("1898, Kiev – 1989, Moscow") or "born ..." and "died ..." parts; the names before them left out.
     */
    private List<Span> leadLifespan(BiographyDocument document) {
        Optional<Span> lead = document.leadParagraph();
        if (lead.isEmpty()) return List.of();
        List<Span> sentences = splitter.split(lead.get());
        if (sentences.isEmpty()) return List.of();
        for (Span inside : NameExtractor.parentheses(sentences.get(0))) {
            List<Span> dated = new ArrayList<>();
            int from = inside.start();
            for (String piece : inside.text().split(";", -1)) {
                Span s = inside.sub(from, from + piece.length()).strip();
                if (!dates.find(s, 0).isEmpty()) dated.add(s);
                from += piece.length() + 1;
            }
            if (dated.isEmpty()) continue;
            boolean keyed = dated.stream().allMatch(s -> KEYWORD.matcher(s.text()).lookingAt());
            return keyed ? dated : List.of(dated.get(dated.size() - 1));
        }
        return List.of();
    }

    /** A sentence saying the subject was born (or died) in a place or at a date. */
    private Optional<Part> sentence(BiographyDocument document, SubjectNames names, Pattern verb) {
        for (Span paragraph : document.paragraphs().toList()) {
            if (!verb.matcher(paragraph.text()).find()) continue;
            for (Span sentence : splitter.split(paragraph)) {
                Matcher b = verb.matcher(sentence.text());
                if (!b.find()) continue;
                Trigger at = new Trigger(org.snegov.model.EventType.OTHER, sentence.start() + b.start(),
                        sentence.start() + b.end(), Trigger.Form.VERB);
                if (subjects.resolve(sentence, at, names) == Subject.OTHER) continue;
                if (Enclosures.of(paragraph).inParentheses(at.start())) continue;
                Span after = sentence.sub(sentence.start() + b.end(), sentence.end());
                Matcher in = BORN_IN.matcher(after.text());
                Place place = null;
                if (in.find() && !MONTHS.matcher(in.group("p")).lookingAt()) place = Place.of(in.group("p"));
                List<DateMention> found = dates.find(after, 0);
                PartialDate date = found.isEmpty() || found.get(0).span().start() - after.start() > 60
                        ? null : found.get(0).date();
                if (place != null || date != null) return Optional.of(new Part(date, place, sentence));
            }
        }
        return Optional.empty();
    }
}

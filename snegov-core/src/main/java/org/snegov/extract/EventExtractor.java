package org.snegov.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snegov.model.Evidence;
import org.snegov.model.EventType;
import org.snegov.model.LifeEvent;
import org.snegov.model.PartialDate;
import org.snegov.model.Place;
import org.snegov.model.Precision;

/**
 * Finds the subject's life events in a biography's paragraphs, sentence by sentence: triggers from the
 * {@link TriggerFinder}s, outside quotations and parentheses, not negated, stated of the subject; each dated by
 * {@link #date the attachment rules}; then merged by {@link EventMerger}. The evidence of an event is its sentence.
 * Thread-safe.
 */
public final class EventExtractor {

    /** An event found in a sentence, before merging. */
    record Candidate(Trigger trigger, Span sentence, int paragraph, PartialDate date, Place place, Span clause,
                     PartialDate until) {
    }

    /** A date chosen for a trigger, with the mention it came from (null for a date carried from another event). */
    private record Dated(PartialDate date, DateMention mention) {
    }

    /** Event types that last, so that a range ("from 1937 to 1951") gives their end. */
    private static final java.util.Set<EventType> LASTING = java.util.EnumSet.of(EventType.CAMP, EventType.EXILE,
            EventType.POSITION, EventType.OTHER);
    /** Words between two dates that list them: "in 1945, 1957 and 1972". */
    private static final Pattern LIST = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|and\\s+)(?:(?:again|once\\s+more)\\s+(?:in\\s+)?)?");
    /** "and for the 1933 case in 1958": the verb left out, a second event of the same kind at another date. */
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*,?\\s*and\\s+(?:again\\s+|also\\s+)?(?:for|of|on|over|from"
            + "|in\\s+(?:respect|connection)\\s+(?:of|with))\\s+[^,;.]{1,50}?\\s+(?:in|on)\\s+(?:the\\s+)?");
    /** A date that names a document or an act, not the time of a verb: "under the decree of 4 June 1947". */
    private static final Pattern DOCUMENT_OF = Pattern.compile("(?<!\\bby\\s(?:a|the)\\s)\\b(?:decree|law|order|directive|resolution|edict"
            + "|ukase|cases?|charges|convictions?|sentences?)\\s+of\\s+(?:the\\s+)?"
            + "(?:1[89]\\d\\d\\s*(?:,|and)\\s*)*$"
            // "with his party standing counted from 1931": a reckoning, not when the event happened
            + "|\\b(?:counted|reckoned|backdated|dated\\s+back|retroactive(?:ly)?|seniority|standing)\\s+(?:\\w+\\s+)?(?:from|to)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** "his 1937 arrest", "his 1930 and 1937 convictions": years before a noun describe it. */
    private static final Pattern ATTRIBUTIVE_BEFORE = Pattern.compile("\\b(?:the|his|her|its|their|a|an)\\s+"
            + "(?:1[89]\\d\\d\\s*(?:,|and|or)\\s*)*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTIVE_AFTER = Pattern.compile("\\s+(?!and\\b|or\\b|to\\b)\\p{Ll}"
            + "|\\s*(?:,|and|or)\\s+1[89]\\d\\d\\s+(?!and\\b|or\\b|to\\b)\\p{Ll}");
    /** A "when" clause right after an end date, up to its verb: ", when he". */
    private static final Pattern WHEN_CLAUSE = Pattern.compile("\\s*,?\\s*when\\s+(?:he|she|\\p{Lu}\\p{L}+)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}");
    /** The words from a date to a later verb of the "when" clause it opens: ", when the police arrested him and ". */
    private static final Pattern WHEN_GOVERNED = Pattern.compile(",?\\s+when\\s+[^;:()]*", Pattern.CASE_INSENSITIVE);
    /** A clause that ends a term and so dates what follows it across a semicolon: "His term ended in 1948; ...". */
    private static final Pattern TERM_END = Pattern.compile("\\b(?:term|sentence|exile)\\s+(?:[\\w-]+\\s+){0,2}?(?:ended"
            + "|expired|ran\\s+out|was\\s+over|came\\s+to\\s+an\\s+end|was\\s+up)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STUDIES = Pattern.compile("\\b(?:university|college|institute|school|gymnasium|faculty"
            + "|conservatory|seminary|studies|study)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTY_WORD = Pattern.compile("\\b(?:party|bolsheviks?|cpsu|komsomol)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A copula and a nationality: the definition of who the subject was ("was a Soviet military commander"). */
    private static final Pattern DEFINITION = Pattern.compile("(?:was|is)\\s+(?:an?|one\\s+of\\s+the)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:Soviet|Russian|Ukrainian|Georgian|Armenian|Jewish|Polish|German|Latvian|Estonian|Lithuanian|Belarusian"
            + "|Kazakh|Tatar|Finnish|American|British|French|Hungarian|Czech|Bulgarian)\\b");
    /** Events that end an exile, after which settling somewhere is no longer exile. */
    private static final java.util.Set<EventType> ENDS_EXILE = java.util.EnumSet.of(EventType.RELEASE,
            EventType.REHABILITATION, EventType.CAMP, EventType.ARREST, EventType.EXECUTION, EventType.DEATH,
            EventType.POSITION);
    private static final Pattern SETTLED = Pattern.compile("\\b(?:he|she|they|the\\s+family|the\\s+couple)\\s+"
            + "(?:then\\s+|later\\s+|soon\\s+|finally\\s+)?(?<v>settled)\\s+(?:in|at)\\s+"
            + "(?:the\\s+(?:town|city|village)\\s+of\\s+)?(?<p>\\p{Lu}\\p{L}+)", Pattern.CASE_INSENSITIVE);
    /** A preposition that belongs to the date after it: "In June 1937". */
    private static final Pattern DATE_PREPOSITION = Pattern.compile("(?<![\\p{L}])(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Ff]rom"
            + "|[Dd]uring|[Bb]efore|[Aa]fter|[Uu]ntil|[Ee]arly|[Ll]ate|[Aa]round|[Tt]hroughout|[Вв]|[Сс]|[Дд]о)\\s+(?:the\\s+)?$");
    /** Where a clause ends: a semicolon, a colon, or a comma before a conjunction or a relative word. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|:\\s|\\s[–—]\\s|,\\s*(?:and(?!\\s+\\p{Lu})|but|while|whereas|although"
            + "|though|where|which|who|whom|when|after\\s+which|so|yet|then)\\b|,\\s+(?=(?:he|she)\\s)"
            + "|\\s+and\\s+(?=(?:then\\s+|later\\s+|soon\\s+|also\\s+)?(?:was\\s+|were\\s+)?(?:\\p{Ll}{2,}ed|sent|taken|given|shot|held|kept|brought|put|made"
            + "|found|told|left|thrown|driven|spent|went|won|got|lost|became|began|wrote|fled|fell)\\b)"
            + "|\\s+and\\s+(?=(?:then\\s+|later\\s+)?(?:was|were|became|had)\\s)|\\s+but\\s+(?!also\\b)"
            + "|\\s+and,\\s|\\s+и\\s+(?=(?:затем\\s+|вскоре\\s+)?\\p{Ll}+(?:ан|ен|ён|ян|ил|ал|ял|ит|ыт|ул|ел)(?:а|о|ы|ся|ась)?(?![\\p{L}]))");

    private static final Pattern BREAK = Pattern.compile(";|,\\s*(?:and|but|where|which|who|while|although|though|whereas)\\b|\\bbut\\b"
            + "|,\\s*(?:of|in|to|for|from|with|at)\\s+(?:which|whom)\\b"
            + "|\\baccording\\s+to\\b|\\band\\s+(?:was|were)\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}+ed\\b");
    private static final Pattern OPENER = Pattern.compile("^(?:(?:However|Then|Later|Thereafter|Subsequently),?\\s+)?"
            + "(?:In|On|At|By|During|Since|From|Throughout|After|Before|Towards?|Until|Around|Early|Late|Between"
            + "|Following|When|Within|Shortly|Soon|Later|\\d|That\\s|The\\s+(?:following|next|same)\\s"
            + "|(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\\s+(?:days?|weeks?|months?|years?)\\s+later"
            + "|(?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December)\\b)");
    /** A date that ends something ("until 1956") dates nothing that starts. */
    private static final Pattern UNTIL = Pattern.compile("\\b(?:until|till|up\\s+to|through|to)\\s+(?:the\\s+)?$"
            + "|\\bbetween\\s+\\d{4}\\s+and\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOON = Pattern.compile("\\b(?:soon|later|afterwards|subsequently|eventually)"
            + "(?:\\s+[\\p{L}-]+){0,2}\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE = Pattern.compile("^[^;.]{0,50}?\\b(?:in|at|to|near|into)\\s+(?:the\\s+)?"
            + "(?<p>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2})");

    private final List<TriggerFinder> finders = List.of(new LexiconTriggerFinder(), new CustodyTransferFinder());
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final EnglishDateFinder dates = new EnglishDateFinder();
    private final List<TriggerFinder> russianFinders = List.of(new RussianTriggerFinder());
    private final RussianDateFinder russianDates = new RussianDateFinder();
    private final SubjectResolver subjects = new SubjectResolver();
    private final NegationDetector negation = new NegationDetector();
    private final EventMerger merger = new EventMerger();

    /**
     * The subject's events in {@code document}, in text order, with evidence in source {@code sourceId}.
     *
     * @param names the subject's name words
     * @return the events; may be empty, never null
     */
    public List<LifeEvent> extract(BiographyDocument document, String sourceId, SubjectNames names) {
        List<Candidate> found = new ArrayList<>();
        boolean russian = Language.of(document.text()) == Language.RUSSIAN;
        DateFinder dates = russian ? russianDates : this.dates;
        RussianAgreement.Gender gender = russian ? RussianAgreement.genderOf(document.text())
                : RussianAgreement.Gender.UNKNOWN;
        int year = 0;
        int paragraphIndex = 0;
        boolean exiled = false;
        for (Span paragraph : document.paragraphs().toList()) {
            List<DateMention> paragraphDates = dates.find(paragraph, year);
            for (DateMention d : paragraphDates) {
                if (!d.relative()) year = (d.until() != null ? d.until() : d.date()).year();
            }
            Enclosures enclosures = Enclosures.of(paragraph);
            for (Span sentence : splitter.split(paragraph)) {
                List<Candidate> here = sentence(sentence, paragraphIndex, paragraphDates, enclosures, names, russian,
                        gender);
                if (exiled && !russian && paragraphDates.stream().noneMatch(d -> d.span().start() >= sentence.start()
                        && d.span().end() <= sentence.end() && !UNTIL.matcher(tail(document.text(), d.span().start())).find())) {
                    here = settledInExile(sentence, paragraphIndex, here);
                }
                exiled = false;
                for (Candidate c : here) {
                    if (c.trigger().type() == EventType.EXILE) exiled = true;
                    else if (ENDS_EXILE.contains(c.trigger().type())) exiled = false;
                }
                found.addAll(here);
            }
            paragraphIndex++;
        }
        List<LifeEvent> out = new ArrayList<>();
        for (Candidate c : merger.merge(found, document.text())) {
            Evidence evidence = Evidence.of(sourceId, document.text(), c.clause().start(), c.clause().end());
            out.add(new LifeEvent(c.trigger().type(), c.date(), c.until(), c.place(), evidence, false));
        }
        return russian ? out : conflicts(document, sourceId, out);
    }

    /**
     * Marks the dates that another source contradicts: "He was shot the next day, although according to other
     * sources the execution took place on 1 February 1940", "died on 2 February 1942. Other sources give 4
     * February", "arrested on 10 March 1938 (other sources: 11 March)". The dated event told last before the cue,
     * in its sentence or the one before, is kept and marked {@code conflicting}, and the other date follows it as
     * a second event of the same type, also marked, whose evidence is the cue's clause.
     */
    private List<LifeEvent> conflicts(BiographyDocument document, String sourceId, List<LifeEvent> events) {
        String text = document.text();
        List<LifeEvent> out = new ArrayList<>(events);
        int year = 0;
        for (Span paragraph : document.paragraphs().toList()) {
            List<DateMention> paragraphDates = dates.find(paragraph, year);
            for (DateMention d : paragraphDates) {
                if (!d.relative()) year = (d.until() != null ? d.until() : d.date()).year();
            }
            if (!paragraph.text().toLowerCase(Locale.ROOT).contains("sources")) continue;
            Matcher cue = OTHER_SOURCES.matcher(paragraph.text());
            while (cue.find()) {
                int at = paragraph.start() + cue.start();
                DateMention alt = paragraphDates.stream().filter(d -> d.span().start() >= paragraph.start() + cue.end()
                        && d.span().start() - (paragraph.start() + cue.end()) < 60).findFirst().orElse(null);
                if (alt == null) continue;
                int target = -1;
                for (int i = 0; i < out.size(); i++) {
                    LifeEvent e = out.get(i);
                    if (e.date() != null && !e.conflicting() && e.evidence().start() < at
                            && e.evidence().start() >= paragraph.start() && at - e.evidence().start() < 250) {
                        target = i;
                    }
                }
                if (target < 0) continue;
                LifeEvent e = out.get(target);
                PartialDate other = alt.date();
                if (other.precision().compareTo(e.date().precision()) < 0 || other.iso().startsWith(e.date().iso())
                        || other.year() != e.date().year() && alt.relative()) {
                    continue; // coarser, the same, or a refinement: no conflict
                }
                Evidence evidence = Evidence.of(sourceId, text, at, alt.span().end());
                out.set(target, new LifeEvent(e.type(), e.date(), e.until(), e.place(), e.evidence(), true));
                out.add(target + 1, new LifeEvent(e.type(), other, null, e.place(), evidence, true));
            }
        }
        return out;
    }

    /** A cue that another source gives another date. */
    private static final Pattern OTHER_SOURCES = Pattern.compile("\\b(?:(?:according\\s+to\\s+)?(?:other|some|several)"
            + "\\s+(?:sources|accounts|documents)|by\\s+other\\s+accounts)\\b", Pattern.CASE_INSENSITIVE);

    private List<Candidate> sentence(Span sentence, int paragraph, List<DateMention> paragraphDates,
                                     Enclosures enclosures, SubjectNames names, boolean russian,
                                     RussianAgreement.Gender gender) {
        List<Trigger> triggers = new ArrayList<>();
        for (TriggerFinder f : russian ? russianFinders : finders) {
            for (Trigger t : f.find(sentence)) {
                if (!enclosures.inParentheses(t.start()) && !enclosures.inQuotes(t.start())) triggers.add(t);
            }
        }
        triggers.sort(Comparator.comparingInt(Trigger::start).thenComparingInt(Trigger::end));
        // work in a sharashka ("worked as a mathematician in the Marfino sharashka") is both a camp and a post
        List<DateMention> sentenceDates = paragraphDates.stream()
                .filter(d -> d.span().start() >= sentence.start() && d.span().end() <= sentence.end())
                .filter(d -> !enclosures.inParentheses(d.span().start()))
                .filter(d -> !attributive(sentence, d))
                .toList();
        List<DateMention> endDates = sentenceDates.stream()
                .filter(d -> UNTIL.matcher(tail(sentence.text(), d.span().start() - sentence.start())).find()).toList();
        sentenceDates = sentenceDates.stream().filter(d -> !endDates.contains(d)).toList();
        List<DateMention> claimed = new ArrayList<>();
        List<DateMention> postVerbal = new ArrayList<>();
        for (int i = 0; i < triggers.size(); i++) {
            postVerbal.add(postVerbal(sentence, triggers, i, sentenceDates, russian));
            if (postVerbal.get(i) != null) claimed.add(postVerbal.get(i));
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < triggers.size(); i++) {
            Trigger t = triggers.get(i);
            if (i > 0 && overlapsSameType(triggers.get(i - 1), t)) continue;
            if (t.type() == EventType.REINSTATEMENT && !russian && STUDIES.matcher(sentence.text()).find()
                    && !PARTY_WORD.matcher(sentence.text()).find()) {
                continue; // "Expelled from the university that year; readmitted in 1937": studies, not the party
            }
            if (t.type() == EventType.POSITION && !russian && DEFINITION.matcher(sentence.text().substring(
                    t.start() - sentence.start())).lookingAt()) {
                continue; // "was a Soviet military commander": who he was, not a post he took
            }
            if (russian) {
                if (RussianAgreement.negated(sentence, t) || !RussianAgreement.ofSubject(sentence, t, gender)) continue;
            } else {
                if (negation.negated(sentence, t)) continue;
                if (subjects.resolve(sentence, t, names) == Subject.OTHER) continue;
            }
            Dated dated = date(sentence, triggers, i, sentenceDates, postVerbal.get(i), claimed, out, russian);
            if (postVerbal.get(i) == null) {
                Dated ending = endingAt(sentence, t, endDates);
                if (ending != null) dated = ending;
                Dated notUntil = notUntil(sentence, t, endDates);
                if (notUntil != null) dated = notUntil;
            }
            PartialDate date = dated == null ? null : dated.date();
            DateMention mention = dated == null ? null : dated.mention();
            PartialDate until = mention != null && mention.until() != null && LASTING.contains(t.type())
                    && date != null && date.equals(mention.date()) ? mention.until() : null;
            Span clause = clause(sentence, t, mention);
            out.add(new Candidate(t, sentence, paragraph, date, place(sentence, t), clause, until));
            if (mention != null && mention == postVerbal.get(i) && !mention.relative()) {
                // "named Hero of Socialist Labour in 1945, 1957 and 1972": one event per listed date
                DateMention last = mention;
                for (DateMention d : sentenceDates) {
                    if (d.span().start() < last.span().end() || d.relative()) continue;
                    String between = sentence.text().substring(last.span().end() - sentence.start(),
                            d.span().start() - sentence.start());
                    if (!LIST.matcher(between).matches() && !(ELLIPSIS.matcher(between).matches()
                            && triggers.stream().noneMatch(o -> o.start() > last0(mention) && o.start() < d.span().start()))) {
                        break;
                    }
                    Span wider = sentence.sub(clause.start(), Math.max(clause.end(), d.span().end()));
                    out.add(new Candidate(t, sentence, paragraph, d.date(), place(sentence, t), wider, null));
                    last = d;
                }
            }
            if (t.type() == EventType.AWARD && !russian) {
                List<Candidate> more = moreAwards(sentence, paragraph, triggers, i, date, sentenceDates);
                if (date == null && !more.isEmpty()) {
                    // "decorated with the Order of Glory, 3rd class (1944) and ...": the first award's bracketed year
                    Matcher year = BRACKETED_YEAR.matcher(sentence.text().substring(t.end() - sentence.start(),
                            more.get(0).trigger().start() - sentence.start()));
                    Candidate first = out.get(out.size() - 1);
                    if (year.find()) {
                        out.set(out.size() - 1, new Candidate(t, sentence, paragraph,
                                PartialDate.ofYear(Integer.parseInt(year.group(1))), first.place(), first.clause(), null));
                    }
                }
                out.addAll(more);
            }
            if (t.type() == EventType.POSITION && !russian && AS_TRIGGER.matcher(sentence.text().substring(
                    t.start() - sentence.start(), t.end() - sentence.start())).find()) {
                out.addAll(morePosts(sentence, paragraph, triggers, i, sentenceDates));
            }
        }
        return twinDates(out);
    }

    /**
     * A sentence to exile told by one phrase ("sentenced to five years of exile in Kazakhstan in March 1930") is
     * a sentence and an exile from one phrase; the date the exile found after its destination dates both.
     */
    private static final Pattern SENTENCED_TO = Pattern.compile("\\s+(?:him\\s+|her\\s+)?to\\s+(?:[\\w-]+\\s+){0,4}");

    private static List<Candidate> twinDates(List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found);
        for (int k = 0; k < out.size(); k++) {
            Candidate c = out.get(k);
            if (c.trigger().type() != EventType.SENTENCE || c.date() != null) continue;
            for (Candidate twin : found) {
                if (twin.trigger().type() == EventType.EXILE && twin.date() != null
                        && twin.trigger().start() >= c.trigger().end() && twin.sentence().equals(c.sentence())
                        && SENTENCED_TO.matcher(c.sentence().text().substring(c.trigger().end() - c.sentence().start(),
                        twin.trigger().start() - c.sentence().start())).matches()) {
                    out.set(k, new Candidate(c.trigger(), c.sentence(), c.paragraph(), twin.date(), c.place(),
                            c.sentence().sub(Math.min(c.clause().start(), twin.clause().start()),
                                    Math.max(c.clause().end(), twin.clause().end())), null));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * An award named in a list after the first ("earning the Order of the Patriotic War, 2nd class, and the Order
     * of the Red Star"; "received the Order of Lenin and the Lenin Prize"), one event each, dated as the first and
     * citing its own name. The list ends at a clause break or the next trigger.
     */
    private static List<Candidate> moreAwards(Span sentence, int paragraph, List<Trigger> triggers, int i,
                                              PartialDate date, List<DateMention> dates) {
        Trigger t = triggers.get(i);
        String text = sentence.text();
        Matcher m = AWARD_ITEM.matcher(text);
        m.region(t.end() - sentence.start(), nextTrigger(sentence, triggers, i, null) - sentence.start());
        List<Candidate> out = new ArrayList<>();
        int previous = t.end() - sentence.start();
        while (m.find()) {
            String between = text.substring(previous, m.start());
            if (between.length() > 80 || AWARD_LIST_END.matcher(between).find()) break;
            Span item = sentence.sub(sentence.start() + m.start("item"), sentence.start() + m.end("item"));
            AwardDate own = awardDate(sentence, item.end(), dates);
            Span cited = own == null ? item : sentence.sub(item.start(), own.end());
            Trigger award = new Trigger(EventType.AWARD, item.start(), item.end(), Trigger.Form.LISTED);
            out.add(new Candidate(award, sentence, paragraph, own == null ? date : own.date(), null, cited, null));
            previous = m.end();
        }
        return out;
    }

    /** An award's own date, and where its writing ends. */
    private record AwardDate(PartialDate date, int end) {
    }

    /**
     * The date written right after an award's name: a year in brackets ("3rd class (1944)", which the date finder
     * skips with everything bracketed) or "in 1933" ("the Order of Lenin in 1933"); null when none.
     */
    private static AwardDate awardDate(Span sentence, int after, List<DateMention> dates) {
        String text = sentence.text();
        Matcher bracketed = BRACKETED_YEAR.matcher(text).region(after - sentence.start(), text.length());
        if (bracketed.lookingAt()) {
            return new AwardDate(PartialDate.ofYear(Integer.parseInt(bracketed.group(1))),
                    sentence.start() + bracketed.end());
        }
        return dates.stream().filter(d -> d.span().start() >= after && !d.relative()
                        && OWN_DATE.matcher(text.substring(after - sentence.start(), d.span().start() - sentence.start()))
                        .matches())
                .findFirst().map(d -> new AwardDate(d.date(), d.span().end())).orElse(null);
    }

    /** Where the first trigger after trigger {@code i} starts, other than one of type {@code passed}, or the sentence end. */
    private static int nextTrigger(Span sentence, List<Trigger> triggers, int i, EventType passed) {
        for (int j = i + 1; j < triggers.size(); j++) {
            Trigger next = triggers.get(j);
            if (next.start() >= triggers.get(i).end() && next.type() != passed) return next.start();
        }
        return sentence.end();
    }

    /** Words before a date that open a new verb phrase: "and in 1921 (was consecrated)". */
    private static final Pattern NEXT_VERBS_DATE = Pattern.compile("\\band\\s+(?:then\\s+|later\\s+)?(?:in|on|from)\\s+(?:the\\s+)?$");
    /** What stands between such a date and the next trigger: at most its subject and auxiliary. */
    private static final Pattern VERB_NEXT = Pattern.compile("\\s*,?\\s*(?:(?:he|she|they)\\s+)?(?:(?:was|were|had|has)\\s+)?");
    /** A date after a comma: ", on 19 November". */
    private static final Pattern COMMA_DATE = Pattern.compile(",\\s*(?:on|in)\\s+(?:the\\s+)?$");
    /** A new subject between a date and the next trigger: "an NKVD troika", "the court", "he was". */
    private static final Pattern NEW_SUBJECT = Pattern.compile("\\s*,?\\s*(?:(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}"
            + "|(?:he|she|they)\\s+(?:(?:was|were|had)\\s+)?)");
    /** A role right after a date: "in 1923 as the secretary". */
    private static final Pattern ROLE_AFTER = Pattern.compile("\\s+as\\s");
    /** A post told as a role: "worked as", "served as". */
    private static final Pattern AS_TRIGGER = Pattern.compile("\\bas$|\\b(?:appointed|became|elected|named|made)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A further role after the first, from a year on: ", and from 1946 as a miner", "and in 1931 as its director",
     * "appointed professor ... in 1934 and dean of its faculty in 1936".
     */
    private static final Pattern LATER_POST = Pattern.compile("(?:,\\s*|\\s+)(?:and\\s+)?(?:then\\s+|later\\s+)?"
            + "(?<item>(?:from|since|in)\\s+\\d{4}\\s+as\\s+[^,;:.()]{2,60})"
            + "|(?:,\\s*|\\s+)and\\s+(?<item3>in\\s+\\d{4}\\s+(?:its|the|his|her)\\s+(?:acting\\s+|deputy\\s+|first\\s+)?"
            + "(?:head|director|chief|chairman|editor|rector|dean|secretary|commander)\\b[^,;:.()]{0,40})"
            // "appointed flight commander in 1930 and squadron commander in 1933"
            + "|(?:,\\s*|\\s+)and\\s+(?:then\\s+|later\\s+)?(?<item2>(?:the\\s+|a\\s+|an\\s+)?(?:first\\s+|deputy\\s+)?(?:\\p{Ll}[\\p{L}-]+\\s+)?"
            + "(?:professor|dean|director|head|chief|rector|chairman|secretary|commander|editor|president|minister"
            + "|(?:full\\s+|corresponding\\s+)member"
            + "|commissar)\\b[^,;:.()]{0,60}?\\s+in\\s+\\d{4})");

    /**
     * A role held after the first, with its year, in the same clause: "She worked as a nurse and then in the camp
     * morgue, and from 1946 as a miner underground". One post each, dated by the year in it.
     */
    private static List<Candidate> morePosts(Span sentence, int paragraph, List<Trigger> triggers, int i,
                                             List<DateMention> dates) {
        Trigger t = triggers.get(i);
        String text = sentence.text();
        Matcher m = LATER_POST.matcher(text);
        // a camp named among the roles ("then in the camp morgue") does not end the list
        m.region(t.end() - sentence.start(), nextTrigger(sentence, triggers, i, EventType.CAMP) - sentence.start());
        List<Candidate> out = new ArrayList<>();
        int previous = t.end() - sentence.start();
        while (m.find()) {
            if (text.substring(previous, m.start()).indexOf(';') >= 0) break;
            String group = m.group("item") != null ? "item" : m.group("item2") != null ? "item2" : "item3";
            int start = sentence.start() + m.start(group);
            int end = sentence.start() + m.end(group);
            DateMention d = dates.stream().filter(x -> x.span().start() >= start && x.span().end() <= end)
                    .findFirst().orElse(null);
            if (d == null) continue;
            Trigger post = new Trigger(EventType.POSITION, start, end, Trigger.Form.LISTED);
            out.add(new Candidate(post, sentence, paragraph, d.date(), null, sentence.sub(start, end), null));
            previous = m.end();
        }
        return out;
    }

    /** An award after a list word: "..., and the Order of the Red Star", "and the Lenin Prize". */
    private static final Pattern AWARD_ITEM = Pattern.compile("(?:,\\s*(?:and\\s+|as\\s+well\\s+as\\s+)?|\\s+and\\s+"
            + "|,?\\s+as\\s+well\\s+as\\s+)(?:also\\s+)?(?<item>(?:the\\s+|a\\s+)?(?:(?:Order|Medal|Cross)\\s+(?:of|for)\\s+"
            + "(?:the\\s+)?\\p{Lu}[^,;:.()]{1,50}?|(?:\\p{Lu}[\\p{L}'-]+\\s+){1,3}(?:Prize|Medal|Order)|Hero\\s+of\\s+(?:the\\s+"
            + "Soviet\\s+Union|Socialist\\s+Labou?r)|title\\s+of\\s+\\p{Lu}[^,;:.()]{1,50}?)(?:,\\s*\\d(?:st|nd|rd|th)\\s+"
            + "(?:class|degree))?)(?=\\s*(?:[,;:.)]|\\(\\d|and\\b|as\\s+well\\b|in\\s+\\d|for\\s|$))");
    /** An award's class after its name, before its own date: "the Order of Suvorov, 1st class, in 1944". */
    private static final String CLASS = "(?:,?\\s+(?:\\d(?:st|nd|rd|th)|first|second|third|fourth)\\s+(?:class|degree),?)?";
    /** A year in brackets right after an award: "3rd class (1944)". */
    private static final Pattern BRACKETED_YEAR = Pattern.compile(CLASS + "\\s*\\((1[89]\\d{2})\\)");
    /** The words between an award and its own date: " in ", " on ". */
    private static final Pattern OWN_DATE = Pattern.compile(CLASS + ",?\\s+(?:in|on)\\s+(?:the\\s+)?");
    /** What ends a list of awards before the next one: a clause of its own. */
    private static final Pattern AWARD_LIST_END = Pattern.compile("[;:]|\\b(?:he|she|was|were|had|which|who|when"
            + "|where|after|before)\\b");

    private static int last0(DateMention m) {
        return m.span().end();
    }

    /**
     * Whether {@code d} is a bare year used as a modifier of a noun ("the 1937 verdict", "his 1933 case"): it names
     * a thing, not the time of a verb.
     */
    /** Whether offset {@code at} of {@code text} lies inside a quotation: "…", “…”, «…». */
    private static boolean quoted(String text, int at) {
        int straight = 0;
        int open = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '"') straight++;
            else if (c == '“' || c == '«') open++;
            else if ((c == '”' || c == '»') && open > 0) open--;
        }
        return straight % 2 == 1 || open > 0;
    }

    private static boolean attributive(Span sentence, DateMention d) {
        String text = sentence.text();
        int s = d.span().start() - sentence.start();
        int e = d.span().end() - sentence.start();
        if (DOCUMENT_OF.matcher(text.substring(Math.max(0, s - 30), s)).find()) return true;
        if (quoted(text, s)) return true; // the Medal "For Valiant Labour in the Great Patriotic War 1941–1945"
        if (e - s != 4 || !d.span().text().chars().allMatch(Character::isDigit)) return false;
        return ATTRIBUTIVE_BEFORE.matcher(text.substring(Math.max(0, s - 30), s)).find()
                && ATTRIBUTIVE_AFTER.matcher(text.substring(e)).lookingAt();
    }

    /**
     * The date of a trigger told in a "when" clause after the end of a stay: "headed the institute until 1964, when
     * he retired" retires him in 1964.
     */
    /**
     * "was not rehabilitated until 1962", "not released until 1955": a negated trigger whose "until" date is the
     * time it happened.
     */
    private static Dated notUntil(Span sentence, Trigger t, List<DateMention> endDates) {
        String before = sentence.text().substring(Math.max(0, t.start() - sentence.start() - 25), t.start() - sentence.start());
        if (!NOT_BEFORE.matcher(before).find()) return null;
        for (DateMention d : endDates) {
            if (d.span().start() < t.end()) continue;
            String between = sentence.text().substring(t.end() - sentence.start(), d.span().start() - sentence.start());
            if (UNTIL_AFTER.matcher(between).matches()) return new Dated(d.date(), d);
        }
        return null;
    }

    private static final Pattern NOT_BEFORE = Pattern.compile("\\b(?:not|never)\\s+(?:been\\s+|be\\s+)?(?:\\p{Ll}+ly\\s+)?$");
    private static final Pattern UNTIL_AFTER = Pattern.compile("[^,;.]{0,40}?\\b(?:until|till)\\s+(?:the\\s+)?");

    private static Dated endingAt(Span sentence, Trigger t, List<DateMention> endDates) {
        for (DateMention d : endDates) {
            if (d.span().end() > t.start()) continue;
            String between = sentence.text().substring(d.span().end() - sentence.start(), t.start() - sentence.start());
            if (WHEN_CLAUSE.matcher(between).matches()) return new Dated(d.date(), d);
        }
        return null;
    }

    /**
     * Right after an exile is told, the subject (or "they", the exile and the family) settling in a named town, in
     * an undated sentence, continues the exile there: "they settled in Voronezh, where he lived until May 1937".
     */
    private static List<Candidate> settledInExile(Span sentence, int paragraph, List<Candidate> found) {
        if (found.stream().anyMatch(c -> c.trigger().type() == EventType.EXILE
                || ENDS_EXILE.contains(c.trigger().type()))) {
            return found;
        }
        var m = SETTLED.matcher(sentence.text());
        if (!m.find()) return found;
        Trigger t = new Trigger(EventType.EXILE, sentence.start() + m.start("v"), sentence.start() + m.end("v"),
                Trigger.Form.TRANSFER, sentence.start() + m.end("p"));
        List<Candidate> out = new ArrayList<>(found);
        out.add(new Candidate(t, sentence, paragraph, null, Place.of(m.group("p")),
                clause(sentence, t, null), null));
        out.sort(Comparator.comparingInt(c -> c.trigger().start()));
        return out;
    }

    private static boolean overlapsSameType(Trigger a, Trigger b) {
        return a.type() == b.type() && b.start() < a.end();
    }

    /** The first date after the trigger, before the next trigger and before a clause break. */
    private static DateMention postVerbal(Span sentence, List<Trigger> triggers, int i, List<DateMention> dates,
                                          boolean russian) {
        Trigger t = triggers.get(i);
        int limit = sentence.end();
        for (int j = i + 1; j < triggers.size(); j++) {
            if (triggers.get(j).start() >= t.end()) {
                limit = triggers.get(j).start();
                break;
            }
        }
        DateMention found = null;
        // A possessed noun that reaches to its verb ("the 1922 conviction, which ..., was annulled in 1994") is dated
        // after the verb; other triggers right after themselves.
        int after = t.form() == Trigger.Form.NOUN ? t.reach() : t.end();
        for (DateMention d : dates) {
            int s = d.span().start();
            if (s < after || s >= limit) continue;
            if (s - after > 90) break;
            String between = sentence.text().substring(after - sentence.start(), s - sentence.start());
            if (BREAK.matcher(between).find() || russian && between.indexOf(',') >= 0) break;
            if (!russian && NEXT_VERBS_DATE.matcher(between).find() && VERB_NEXT.matcher(sentence.text().substring(
                    d.span().end() - sentence.start(), limit - sentence.start())).matches()) {
                break; // "became a priest in Tver and in 1921 was consecrated": that year is the next verb's
            }
            if (!russian && COMMA_DATE.matcher(between).find() && NEW_SUBJECT.matcher(sentence.text().substring(
                    d.span().end() - sentence.start(), limit - sentence.start())).matches()) {
                break; // "arrested again, on 19 November an NKVD troika sentenced him": the troika's date
            }
            if (!russian && t.type() == EventType.POSITION && ROLE_AFTER.matcher(sentence.text().substring(
                    d.span().end() - sentence.start())).lookingAt()) {
                break; // "served as a clerk and in 1923 as the secretary": that year is the next role's
            }
            if (found == null) {
                found = d;
                if (!d.relative()) break;
            } else if (!d.relative()) {
                return d; // "a year later, in July 1937": the written date says more than the relative one
            }
        }
        return found;
    }

    /**
     * The date of trigger {@code i}: its own date after it; else an unclaimed date between the previous trigger
     * and it; else the date of a sentence-opening adverbial ("In 1967, ...") — only its year when "soon" or
     * "later" stands before the trigger, or when the trigger is a transfer ("sent to Kolyma" follows an arrest);
     * else, for a stay measured by its length, the date of the event before it in the sentence.
     */
    private static Dated date(Span sentence, List<Trigger> triggers, int i, List<DateMention> dates,
                              DateMention own, List<DateMention> claimed, List<Candidate> before, boolean russian) {
        if (own != null) return new Dated(own.date(), own);
        Trigger t = triggers.get(i);
        int from = sentence.start();
        Trigger twin = null; // a trigger at the same words ("worked as ... in the sharashka": a post and a camp)
        for (int j = 0; j < i; j++) {
            if (triggers.get(j).start() < t.start()) from = Math.max(from, triggers.get(j).end());
            else twin = triggers.get(j);
        }
        DateMention pre = null;
        for (DateMention d : dates) {
            if (d.span().start() >= from && d.span().end() <= t.start() && (!claimed.contains(d) || twin != null)) pre = d;
        }
        if (pre != null && (!sentence.text().substring(pre.span().end() - sentence.start(),
                t.start() - sentence.start()).contains(";")
                || TERM_END.matcher(sentence.text().substring(0, pre.span().start() - sentence.start())
                        + sentence.text().substring(pre.span().end() - sentence.start(), t.start() - sentence.start())).find())) {
            return new Dated(pre.date(), pre);
        }
        for (DateMention d : dates) {
            // "in 1911, when the police arrested him ... and sent him home": the date governs its whole "when" clause
            if (d.span().end() > t.start() || d.relative()) continue;
            if (WHEN_GOVERNED.matcher(sentence.text().substring(d.span().end() - sentence.start(),
                    t.start() - sentence.start())).matches()) {
                return new Dated(d.date(), d);
            }
        }
        String head = sentence.text().substring(0, t.start() - sentence.start());
        boolean opens = russian ? !dates.isEmpty() && dates.get(0).span().start() - sentence.start() < 4
                : OPENER.matcher(sentence.text()).lookingAt();
        if (!dates.isEmpty() && opens
                && dates.get(0).span().start() < t.start() && dates.get(0).span().start() - sentence.start() < 80) {
            PartialDate opening = dates.get(0).date();
            boolean later = SOON.matcher(tail(head, head.length())).find() || t.form() == Trigger.Form.TRANSFER;
            return new Dated(later ? yearOf(opening) : opening, dates.get(0));
        }
        if (t.form() == Trigger.Form.DURATION && !before.isEmpty()) {
            return new Dated(before.get(before.size() - 1).date(), null);
        }
        return null;
    }

    /**
     * The clause that states {@code t}: from the last clause break before it to the first after it, widened to
     * take in the date it was given from the same sentence; trimmed of spaces and final punctuation.
     */
    private static Span clause(Span sentence, Trigger t, DateMention date) {
        String text = sentence.text();
        int at = t.start() - sentence.start();
        int from = 0;
        var m = CLAUSE_BREAK.matcher(text);
        int to = text.length();
        while (m.find()) {
            if (m.end() <= at) from = m.end();
            else if (m.start() >= t.reach() - sentence.start()) {
                to = m.start();
                break;
            }
        }
        if (date != null && date.span().start() >= sentence.start() && date.span().end() <= sentence.end()) {
            int dateStart = date.span().start() - sentence.start();
            var lead = DATE_PREPOSITION.matcher(text.substring(Math.max(0, dateStart - 16), dateStart));
            if (lead.find()) dateStart -= lead.end() - lead.start();
            from = Math.min(from, dateStart);
            to = Math.max(to, date.span().end() - sentence.start());
        }
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || ".,;:".indexOf(text.charAt(to - 1)) >= 0)) {
            if (text.charAt(to - 1) == '.' && to >= 2 && text.charAt(to - 2) == 'г'
                    && (to < 3 || !Character.isLetter(text.charAt(to - 3)))) {
                break; // "1937 г." keeps its abbreviation's dot
            }
            to--;
        }
        if (to <= from) return sentence;
        return sentence.sub(sentence.start() + from, sentence.start() + to);
    }

    /** The last characters of {@code text} before {@code end}: enough for a pattern anchored at the end. */
    private static String tail(String text, int end) {
        return text.substring(Math.max(0, end - 60), end);
    }

    private static PartialDate yearOf(PartialDate d) {
        if (d.precision() == Precision.DECADE || d.precision() == Precision.YEAR) return d;
        PartialDate y = PartialDate.ofYear(d.year());
        return d.approximate() ? y.approximately() : y;
    }

    private static Place place(Span sentence, Trigger t) {
        var m = PLACE.matcher(sentence.text().substring(t.end() - sentence.start()));
        if (!m.find()) return null;
        String p = m.group("p");
        String first = p.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (NOT_PLACES.contains(first)) return null;
        return Place.of(p);
    }

    private static final java.util.Set<String> NOT_PLACES = java.util.Set.of("january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "gulag", "party",
            "communist", "nkvd", "ogpu", "cheka", "soviet", "central", "great", "article", "the", "his", "her",
            "stalin", "red", "bolsheviks", "bolshevik", "state", "supreme", "military", "people's", "union",
            "ukrainian", "russian", "committee");
}

package org.snegov.extract;

import java.util.ArrayList;
import java.util.List;
import org.snegov.model.EventType;
import org.snegov.model.LifeEvent;
import org.snegov.model.Mention;
import org.snegov.model.PersonName;
import org.snegov.model.Precision;
import org.snegov.model.Relation;
import org.snegov.model.SourceRecord;
import org.snegov.model.Vital;

/**
 * Extracts one {@link SourceRecord} from a parsed English biography: names, birth and death, life events, the
 * people mentioned and the relations to them, every claim with exact evidence. Never throws on odd text: what it
 * cannot read it leaves out. Thread-safe; reuse one instance.
 */
public final class BiographyExtractor {

    /** The producer string written into every record, with the rules' version. */
    public static final String PRODUCER = "biography-extractor/1";

    private final NameExtractor nameExtractor = new NameExtractor();
    private final VitalExtractor vitalExtractor = new VitalExtractor();
    private final EventExtractor eventExtractor = new EventExtractor();
    private final MentionFinder mentionFinder = new MentionFinder();
    private final RussianMentionFinder russianMentionFinder = new RussianMentionFinder();
    private final RelationFinder relationFinder = new RelationFinder();

    /**
     * The record {@code document} describes.
     *
     * @param sourceId the id of the source whose text {@code document} is (evidence offsets index into it)
     * @param recordId the id to give the record
     */
    public SourceRecord extract(BiographyDocument document, String sourceId, String recordId) {
        List<PersonName> names = nameExtractor.extract(document, sourceId);
        List<String> nameTexts = new ArrayList<>();
        names.forEach(n -> nameTexts.add(n.full()));
        document.infoboxEntry("born").ifPresent(e -> {
            int comma = e.value().text().indexOf(',');
            if (comma > 0 && !e.value().text().substring(0, comma).matches(".*\\d.*")) {
                nameTexts.add(e.value().text().substring(0, comma));
            }
        });
        StringBuilder body = new StringBuilder();
        document.paragraphs().forEach(p -> body.append(p.text()).append('\n'));
        SubjectNames subject = SubjectNames.of(nameTexts.toArray(String[]::new)).withPronounsOf(body.toString());
        VitalExtractor.Vitals vitals = vitalExtractor.extract(document, sourceId, subject);
        List<LifeEvent> events = eventExtractor.extract(document, sourceId, subject);
        List<Mention> mentions = Language.of(document.text()) == Language.RUSSIAN
                ? russianMentionFinder.find(document, sourceId, subject)
                : mentionFinder.find(document, sourceId, subject);
        List<Relation> relations = relationFinder.find(document, sourceId, subject, mentions);
        return new SourceRecord(recordId, sourceId, PRODUCER, names, vitals.birth(), refined(vitals.death(), events),
                events, mentions, relations);
    }

    /**
     * A death known only by its year ("Died: 1938") dated as precisely as an execution or death the body tells in
     * that year ("shot on 21 February 1938"), citing that telling; its place, when the vital has none, too.
     */
    static Vital refined(Vital death, List<LifeEvent> events) {
        if (death == null || death.date() == null || death.date().precision() != Precision.YEAR) return death;
        for (LifeEvent e : events) {
            if ((e.type() == EventType.EXECUTION || e.type() == EventType.DEATH) && e.date() != null && !e.conflicting()
                    && e.date().year() == death.date().year() && e.date().precision().compareTo(Precision.YEAR) > 0) {
                return new Vital(e.date(), death.place() != null ? death.place() : e.place(), e.evidence());
            }
        }
        return death;
    }
}

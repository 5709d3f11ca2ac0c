package org.snegov.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snegov.model.EventType;
import org.snegov.model.LifeEvent;
import org.snegov.model.Mention;
import org.snegov.model.PartialDate;
import org.snegov.model.SourceRecord;
import org.snegov.model.Vital;

/**
 * The scoring rule of the evaluation set.
 *
 * <ul>
 *   <li>Events of type {@code other} are not scored. A predicted event matches a gold event when the types are
 *       equal, the dates agree (a gold null accepts any date; {@code alt_dates} are accepted; dates compare at
 *       their stated precision, the approximate mark ignored) and the evidence spans overlap in the text: the gold
 *       evidence is located at its first occurrence; a gold evidence not found in the text matches nothing.
 *       Matching is one-to-one and maximal (augmenting paths), per document.</li>
 *   <li>Precision, recall and F1 are computed from counts summed over all documents (micro average), per type and
 *       over all scored types.</li>
 *   <li>A birth (death) is right when the predicted and gold dates are equal (both null counts as equal) and the
 *       first toponyms agree under {@link ToponymMatcher} (both null agree). A document whose gold has no birth
 *       is right when none is predicted.</li>
 *   <li>A gold person is found when a predicted mention's name equals the gold name, or equals its surname (last
 *       word), or has that surname as its own last word; case is ignored.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ExtractionScorer {

    private final ToponymMatcher toponyms = new ToponymMatcher();

    /** Scores every case; an empty list gives zero counts. */
    public ExtractionScore score(List<EvaluationCase> cases) {
        Map<EventType, Counts> byType = new EnumMap<>(EventType.class);
        List<Discrepancy> discrepancies = new ArrayList<>();
        int births = 0;
        int deaths = 0;
        int found = 0;
        int people = 0;
        for (EvaluationCase c : cases) {
            matchEvents(c, byType, discrepancies);
            SourceRecord p = c.predicted();
            if (vitalRight(c.gold().birth(), p == null ? null : p.birth())) births++;
            if (vitalRight(c.gold().death(), p == null ? null : p.death())) deaths++;
            for (String person : c.gold().people()) {
                people++;
                if (p != null && personFound(person, p.mentions())) found++;
            }
        }
        Counts all = byType.values().stream().reduce(Counts.ZERO, Counts::plus);
        return new ExtractionScore(byType, all, births, deaths, cases.size(), found, people, discrepancies);
    }

    private static void matchEvents(EvaluationCase c, Map<EventType, Counts> byType, List<Discrepancy> out) {
        List<GoldEvent> gold = c.gold().events().stream().filter(e -> e.type() != EventType.OTHER).toList();
        List<LifeEvent> pred = c.predicted() == null ? List.of()
                : c.predicted().events().stream().filter(e -> e.type() != EventType.OTHER).toList();
        int[][] goldSpans = new int[gold.size()][];
        for (int g = 0; g < gold.size(); g++) {
            int at = c.text().indexOf(gold.get(g).evidence());
            goldSpans[g] = at < 0 ? null : new int[] {at, at + gold.get(g).evidence().length()};
        }
        boolean[][] ok = new boolean[gold.size()][pred.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < pred.size(); p++) {
                ok[g][p] = matches(gold.get(g), goldSpans[g], pred.get(p));
            }
        }
        int[] predOf = maximumMatching(ok, gold.size(), pred.size());
        boolean[] predUsed = new boolean[pred.size()];
        for (int g = 0; g < gold.size(); g++) {
            EventType t = gold.get(g).type();
            boolean hit = predOf[g] >= 0;
            if (hit) predUsed[predOf[g]] = true;
            byType.merge(t, new Counts(hit ? 1 : 0, 0, 1), Counts::plus);
            if (!hit) {
                GoldEvent e = gold.get(g);
                out.add(new Discrepancy(c.gold().slug(), Discrepancy.Kind.MISSED, t.code(),
                        e.date() == null ? "" : e.date().iso(), e.evidence()));
            }
        }
        for (int p = 0; p < pred.size(); p++) {
            LifeEvent e = pred.get(p);
            byType.merge(e.type(), new Counts(0, 1, 0), Counts::plus);
            if (!predUsed[p]) {
                out.add(new Discrepancy(c.gold().slug(), Discrepancy.Kind.EXTRA, e.type().code(),
                        e.date() == null ? "" : e.date().iso(), e.evidence().text()));
            }
        }
    }

    private static boolean matches(GoldEvent g, int[] span, LifeEvent p) {
        if (g.type() != p.type() || span == null) return false;
        if (!(p.evidence().start() < span[1] && span[0] < p.evidence().end())) return false;
        if (g.date() == null) return true;
        if (sameDate(g.date(), p.date())) return true;
        return g.altDates().stream().anyMatch(d -> sameDate(d, p.date()));
    }

    private static boolean sameDate(PartialDate a, PartialDate b) {
        return a != null && b != null && a.iso().equals(b.iso());
    }

    /** For each gold index, the matched predicted index or -1 (Kuhn's augmenting paths). */
    private static int[] maximumMatching(boolean[][] ok, int golds, int preds) {
        int[] goldOf = new int[preds];
        Arrays.fill(goldOf, -1);
        for (int g = 0; g < golds; g++) augment(g, ok, goldOf, new boolean[preds]);
        int[] predOf = new int[golds];
        Arrays.fill(predOf, -1);
        for (int p = 0; p < preds; p++) {
            if (goldOf[p] >= 0) predOf[goldOf[p]] = p;
        }
        return predOf;
    }

    private static boolean augment(int g, boolean[][] ok, int[] goldOf, boolean[] seen) {
        for (int p = 0; p < goldOf.length; p++) {
            if (!ok[g][p] || seen[p]) continue;
            seen[p] = true;
            if (goldOf[p] < 0 || augment(goldOf[p], ok, goldOf, seen)) {
                goldOf[p] = g;
                return true;
            }
        }
        return false;
    }

    private boolean vitalRight(GoldVital gold, Vital predicted) {
        if (gold == null) return predicted == null;
        PartialDate pd = predicted == null ? null : predicted.date();
        String pp = predicted == null || predicted.place() == null ? null : predicted.place().asWritten();
        boolean dateOk = gold.date() == null ? pd == null : sameDate(gold.date(), pd);
        String normalized = predicted == null || predicted.place() == null ? null : predicted.place().normalized();
        return dateOk && (toponyms.sameFirstToponym(gold.place(), pp)
                || normalized != null && toponyms.sameFirstToponym(gold.place(), normalized));
    }

    private static boolean personFound(String gold, List<Mention> mentions) {
        String name = gold.strip().toLowerCase(Locale.ROOT);
        String[] words = name.split("\\s+");
        String surname = words[words.length - 1];
        for (Mention m : mentions) {
            String p = m.name().strip().toLowerCase(Locale.ROOT);
            String[] pw = p.split("\\s+");
            if (p.equals(name) || p.equals(surname) || pw[pw.length - 1].equals(surname)) return true;
        }
        return false;
    }
}

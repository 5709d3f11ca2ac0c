package org.snegov.app.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.snegov.link.Decisions;
import org.snegov.link.LinkRecord;
import org.snegov.link.LinkResult;
import org.snegov.link.LinkSettings;
import org.snegov.link.Linker;
import org.snegov.link.PairExplanation;
import org.snegov.link.ScoredPair;
import org.snegov.model.Person;
import org.snegov.store.LinkRepository;
import org.snegov.store.LinkRepository.Decision;
import org.snegov.store.LinkRepository.LinkableRecord;
import org.snegov.store.LinkRepository.StoredLink;

/**
 * Links the registry's stored records into persons. Human decisions always beat the machine; person ids are stable
 * (a cluster keeps the id of the person most of its records had, the older on a tie, so that a split keeps the id
 * on the larger part and a merge redirects the other ids); and after the first run only what changed is
 * re-linked: records no run has seen, and the persons a new decision touches.
 */
public final class RelinkService {

    /** The producer of machine links, stored with each. */
    public static final String PRODUCER = "linker/1";

    private final Registry registry;
    private final Clock clock;

    public RelinkService(Registry registry) {
        this(registry, Clock.systemUTC());
    }

    public RelinkService(Registry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** What a run did. */
    public record RelinkOutcome(int records, int focusRecords, long candidatePairs, int links, int reviewPairs,
                                int personsBefore, int personsAfter, int personsChanged, int redirects) {
    }

    /** A pair waiting for a person's decision: ids, probability and each record's values in one line. */
    public record ReviewItem(String left, String right, double probability, String leftText, String rightText) {
    }

    /**
     * Links stored records into persons.
     *
     * @param full re-link everything instead of only what changed since the last run
     */
    public RelinkOutcome relink(boolean full) {
        Instant now = clock.instant();
        State state = registry.store().read(r -> new State(r.links().linkable(), r.links().membership(),
                r.links().personsCreated(), new HashSet<>(r.links().linkedRecordIds()), r.links().decisions(),
                r.links().lastRun().map(LinkRepository.Run::startedAt).orElse(null)));
        List<LinkableRecord> stored = state.records();
        if (stored.isEmpty()) {
            return new RelinkOutcome(0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        List<LinkRecord> records = stored.stream().map(RelinkService::toLinkRecord).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            index.put(stored.get(i).id(), i);
        }
        boolean incremental = !full && state.lastRun() != null;
        Set<String> touchedPersons = new HashSet<>();
        boolean[] focus = new boolean[stored.size()];
        if (incremental) {
            for (Decision d : state.decisions()) {
                if (!d.decidedAt().isBefore(state.lastRun())) {
                    touchedPersons.add(state.membership().get(d.left()));
                    touchedPersons.add(state.membership().get(d.right()));
                }
            }
            for (int i = 0; i < stored.size(); i++) {
                String id = stored.get(i).id();
                focus[i] = !state.seen().contains(id) || touchedPersons.contains(state.membership().get(id));
            }
        } else {
            java.util.Arrays.fill(focus, true);
        }
        List<Decisions.Pair> same = new ArrayList<>();
        List<Decisions.Pair> different = new ArrayList<>();
        for (Decision d : latestPerPair(state.decisions())) {
            if (index.containsKey(d.left()) && index.containsKey(d.right())) {
                (d.verdict().equals("same") ? same : different).add(new Decisions.Pair(d.left(), d.right()));
            }
        }
        List<Decisions.Pair> kept = new ArrayList<>();
        if (incremental) {
            Map<String, String> firstOf = new HashMap<>();
            for (LinkableRecord r : stored) {
                String person = state.membership().get(r.id());
                if (person == null || focus[index.get(r.id())] && touchedPersons.contains(person)) {
                    continue;
                }
                String first = firstOf.putIfAbsent(person, r.id());
                if (first != null) {
                    kept.add(new Decisions.Pair(first, r.id()));
                }
            }
        }
        LinkResult result = Linker.of(LinkSettings.person()).link(records, new Decisions(same, different, kept),
                incremental ? focus : null);
        Assignment assignment = assign(stored, result.cluster(), state, now);
        List<StoredLink> links = new ArrayList<>();
        result.links().forEach(p -> links.add(stored(p, stored, "same", result)));
        result.review().forEach(p -> links.add(stored(p, stored, "maybe", result)));
        List<String> focusIds = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            if (focus[i]) {
                focusIds.add(stored.get(i).id());
            }
        }
        String runId = UUID.randomUUID().toString();
        int personsChanged = new HashSet<>(assignment.moves().values()).size();
        registry.store().transaction(r -> {
            r.links().replaceLinks(focusIds, links, PRODUCER, runId);
            r.links().reassign(assignment.moves(), assignment.redirects(), now);
            r.links().addRun(new LinkRepository.Run(runId, now, PRODUCER, stored.size(), focusIds.size(),
                    result.blocking().candidatePairs(), result.links().size(), personsChanged), focusIds);
            return null;
        });
        if (!assignment.moves().isEmpty()) {
            new ImportService(registry, clock).reindex();
        }
        int personsAfter = registry.store().read(r -> r.links().personsCreated().size());
        return new RelinkOutcome(stored.size(), focusIds.size(), result.blocking().candidatePairs(),
                result.links().size(), result.review().size(), state.created().size(), personsAfter, personsChanged,
                assignment.redirects().size());
    }

    /** The explanation of two stored records, with a model trained on all stored records. */
    public PairExplanation explain(String left, String right) {
        List<LinkableRecord> stored = registry.store().read(r -> r.links().linkable());
        List<LinkRecord> records = stored.stream().map(RelinkService::toLinkRecord).toList();
        int a = LinkService.indexOf(records, left);
        int b = LinkService.indexOf(records, right);
        LinkResult result = Linker.of(LinkSettings.person()).link(records);
        return result.scorer().explain(a, b);
    }

    /** Pairs between the thresholds, with no standing decision, whose records are in different persons. */
    public List<ReviewItem> review(int limit) {
        return registry.store().read(r -> {
            Map<String, String> membership = r.links().membership();
            Set<String> decided = new HashSet<>();
            r.links().decisions().forEach(d -> decided.add(d.left() + "\u0000" + d.right()));
            Map<String, LinkableRecord> byId = new HashMap<>();
            r.links().linkable().forEach(x -> byId.put(x.id(), x));
            List<ReviewItem> out = new ArrayList<>();
            for (StoredLink l : r.links().maybeLinks(Integer.MAX_VALUE)) {
                if (out.size() >= limit) {
                    break;
                }
                if (!decided.contains(l.left() + "\u0000" + l.right())
                        && !java.util.Objects.equals(membership.get(l.left()), membership.get(l.right()))) {
                    out.add(new ReviewItem(l.left(), l.right(), l.probability(), describe(byId.get(l.left())),
                            describe(byId.get(l.right()))));
                }
            }
            return out;
        });
    }

    /**
     * Records a person's decision that two records are the same person or not; it applies at the next relink and
     * always beats the machine.
     *
     * @param verdict {@code same} or {@code different}
     * @return the decision's id
     */
    public String decide(String left, String right, String verdict, String author, String note) {
        if (!verdict.equals("same") && !verdict.equals("different")) {
            throw RegistryException.badArgument("Unknown verdict '" + verdict + "'; known: same, different");
        }
        if (left.equals(right)) {
            throw RegistryException.badArgument("A decision needs two different records, not '" + left + "' twice");
        }
        String a = left.compareTo(right) < 0 ? left : right;
        String b = a.equals(left) ? right : left;
        String id = UUID.randomUUID().toString();
        registry.store().transaction(r -> {
            Set<String> known = new HashSet<>();
            r.links().linkable().forEach(x -> known.add(x.id()));
            for (String x : List.of(a, b)) {
                if (!known.contains(x)) {
                    throw RegistryException.notFound("No record '" + x + "' in the registry");
                }
            }
            r.links().addDecision(new Decision(id, a, b, verdict, author, note, clock.instant(), null));
            return null;
        });
        return id;
    }

    /** Retracts a standing decision (it stays on record). */
    public void retract(String decisionId) {
        boolean done = registry.store().transaction(r -> r.links().retractDecision(decisionId, clock.instant()));
        if (!done) {
            throw RegistryException.notFound("No standing decision '" + decisionId + "'");
        }
    }

    /** Where a person id leads now (itself, or the person it was merged into). */
    public String resolvePerson(String personId) {
        return registry.store().read(r -> r.links().resolvePerson(personId))
                .orElseThrow(() -> RegistryException.notFound("No person '" + personId + "'"));
    }

    private static String describe(LinkableRecord r) {
        if (r == null) {
            return "";
        }
        return String.join(" ", java.util.stream.Stream.of(r.surname(), r.given(), r.patronymic(),
                r.birthDate() == null ? null : "b. " + r.birthDate(), r.birthPlace())
                .filter(java.util.Objects::nonNull).toList());
    }

    private record State(List<LinkableRecord> records, Map<String, String> membership, Map<String, Instant> created,
                         Set<String> seen, List<Decision> decisions, Instant lastRun) {
    }

    private record Assignment(Map<String, String> moves, Map<String, String> redirects) {
    }

    private static List<Decision> latestPerPair(List<Decision> decisions) {
        Map<String, Decision> latest = new HashMap<>();
        for (Decision d : decisions) {
            latest.put(d.left() + "\u0000" + d.right(), d);
        }
        return latest.values().stream().sorted(Comparator.comparing(Decision::decidedAt)).toList();
    }

    /** Stable ids: each cluster keeps the old person id most of its records had (ties: larger cluster, older id). */
    private static Assignment assign(List<LinkableRecord> stored, int[] cluster, State state, Instant now) {
        int clusters = 0;
        for (int c : cluster) {
            clusters = Math.max(clusters, c + 1);
        }
        List<List<String>> members = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < stored.size(); i++) {
            members.get(cluster[i]).add(stored.get(i).id());
        }
        record Claim(int cluster, String person, int count, int size, Instant created) {
        }
        List<Claim> claims = new ArrayList<>();
        Map<String, Map<Integer, Integer>> spread = new HashMap<>();
        for (int c = 0; c < clusters; c++) {
            Map<String, Integer> counts = new HashMap<>();
            for (String r : members.get(c)) {
                String p = state.membership().get(r);
                if (p != null) {
                    counts.merge(p, 1, Integer::sum);
                    spread.computeIfAbsent(p, k -> new HashMap<>()).merge(c, 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                claims.add(new Claim(c, e.getKey(), e.getValue(), members.get(c).size(),
                        state.created().getOrDefault(e.getKey(), Instant.MAX)));
            }
        }
        claims.sort(Comparator.comparingInt(Claim::count).reversed().thenComparing(Comparator.comparingInt(Claim::size)
                .reversed()).thenComparing(Claim::created).thenComparing(Claim::person));
        String[] idOf = new String[clusters];
        Set<String> used = new HashSet<>();
        for (Claim claim : claims) {
            if (idOf[claim.cluster()] == null && used.add(claim.person())) {
                idOf[claim.cluster()] = claim.person();
            }
        }
        for (int c = 0; c < clusters; c++) {
            if (idOf[c] == null) {
                String first = members.get(c).get(0);
                String candidate = Person.idFor(first);
                idOf[c] = used.contains(candidate) || state.created().containsKey(candidate)
                        ? Person.idFor(first + "@" + now) : candidate;
                used.add(idOf[c]);
            }
        }
        Map<String, String> moves = new HashMap<>();
        for (int c = 0; c < clusters; c++) {
            for (String r : members.get(c)) {
                if (!idOf[c].equals(state.membership().get(r))) {
                    moves.put(r, idOf[c]);
                }
            }
        }
        Map<String, String> redirects = new HashMap<>();
        for (String person : state.created().keySet()) {
            if (!used.contains(person) && spread.containsKey(person)) {
                int best = spread.get(person).entrySet().stream()
                        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                                Comparator.reverseOrder()))).orElseThrow().getKey();
                redirects.put(person, idOf[best]);
            }
        }
        return new Assignment(moves, redirects);
    }

    private static StoredLink stored(ScoredPair p, List<LinkableRecord> stored, String kind, LinkResult result) {
        String a = stored.get(p.left()).id();
        String b = stored.get(p.right()).id();
        String fields = fields(result.scorer().explain(p.left(), p.right()));
        return a.compareTo(b) < 0 ? new StoredLink(a, b, p.weight(), p.probability(), kind, fields)
                : new StoredLink(b, a, p.weight(), p.probability(), kind, fields);
    }

    /** A link's explanation as stored: {@code field:level:weight:tf} entries joined by {@code ;}. */
    static String fields(PairExplanation e) {
        StringBuilder b = new StringBuilder();
        for (PairExplanation.FieldExplanation f : e.fields()) {
            if (!b.isEmpty()) {
                b.append(';');
            }
            b.append(f.field().replace(':', ' ').replace(';', ' ')).append(':')
                    .append(f.level().name().toLowerCase(java.util.Locale.ROOT)).append(':')
                    .append(String.format(java.util.Locale.ROOT, "%.2f:%.2f", f.weight(), f.tfAdjustment()));
        }
        return b.toString();
    }

    private static LinkRecord toLinkRecord(LinkableRecord r) {
        return new LinkRecord(r.id(), r.sourceId(), java.util.Arrays.asList(r.surname(), r.given(), r.patronymic(),
                r.birthDate(), r.birthPlace()));
    }
}

package org.snegov.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Links a batch of records into clusters: prepare, block, train, score, cluster. Holds no state between calls and
 * does no I/O; thread-safe.
 */
public final class Linker {

    private final LinkSettings settings;
    private final NameNormalizer names;
    private final PhoneticKey phonetic;
    private final PlaceResolver places;

    public Linker(LinkSettings settings, NameNormalizer names, PhoneticKey phonetic, PlaceResolver places) {
        this.settings = settings;
        this.names = names;
        this.phonetic = phonetic;
        this.places = places;
    }

    /**
     * A linker with the names module's cross-script keys and given-name groups, Beider–Morse codes and the
     * gazetteer.
     */
    public static Linker of(LinkSettings settings) {
        return new Linker(settings, new CrossScriptNameNormalizer(), new BeiderMorseKey(), new GazetteerPlaceResolver());
    }

    /** A linker with the plain ICU name normaliser and the renamed-cities list: the engine before the names module. */
    public static Linker plain(LinkSettings settings) {
        return new Linker(settings, new TransliteratingNameNormalizer(), new BeiderMorseKey(), new RenamedCityResolver());
    }

    public LinkSettings settings() {
        return settings;
    }

    /** Links {@code records} with no human decisions. */
    public LinkResult link(List<LinkRecord> records) {
        return link(records, Decisions.NONE, null);
    }

    /**
     * Links {@code records}.
     *
     * @param decisions human decisions; ids not in {@code records} are ignored
     * @param focus     when not null, only pairs touching a record in focus are compared (re-linking after an
     *                  import); other records keep whatever clustering the caller already has
     */
    public LinkResult link(List<LinkRecord> records, Decisions decisions, boolean[] focus) {
        long[] timings = new long[5];
        long t = System.nanoTime();
        RecordFeatures features = prepare(records);
        timings[0] = lap(t);
        t = System.nanoTime();
        Blocker.Candidates candidates = Blocker.block(features, focus);
        timings[1] = lap(t);
        t = System.nanoTime();
        MatchModel model = ModelTrainer.train(features, candidates);
        PairScorer scorer = new PairScorer(features, model);
        timings[2] = lap(t);
        t = System.nanoTime();
        PairBuffer pairs = candidates.pairs();
        double[] weights = new double[pairs.size];
        IntStream.range(0, pairs.size).parallel()
                .forEach(p -> weights[p] = scorer.weight(pairs.left[p], pairs.right[p], pairs.pattern[p]));
        double matchWeight = weightOf(settings.matchThreshold());
        double reviewWeight = weightOf(settings.reviewThreshold());
        Integer[] kept = IntStream.range(0, pairs.size).filter(p -> weights[p] >= reviewWeight).boxed()
                .toArray(Integer[]::new);
        Arrays.sort(kept, (a, b) -> a.equals(b) ? 0 : weights[a] != weights[b] ? Double.compare(weights[b], weights[a])
                : Long.compare(((long) pairs.left[a] << 32) | pairs.right[a], ((long) pairs.left[b] << 32) | pairs.right[b]));
        List<ScoredPair> links = new ArrayList<>();
        List<ScoredPair> review = new ArrayList<>();
        for (int p : kept) {
            ScoredPair s = new ScoredPair(pairs.left[p], pairs.right[p], weights[p], PairScorer.probability(weights[p]));
            (weights[p] >= matchWeight ? links : review).add(s);
        }
        timings[3] = lap(t);
        t = System.nanoTime();
        int[] left = links.stream().mapToInt(ScoredPair::left).toArray();
        int[] right = links.stream().mapToInt(ScoredPair::right).toArray();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            index.putIfAbsent(records.get(i).id(), i);
        }
        int[] cluster = Clusterer.cluster(records.size(), left, right, left.length, features.source,
                settings.sourcesDeduplicated() && features.sourceCount > 1, settings.linkDensity(),
                indices(decisions.same(), index), indices(decisions.different(), index),
                indices(decisions.kept(), index),
                (i, j) -> PairScorer.probability(scorer.weight(i, j, FieldComparator.pattern(features, i, j))),
                settings.reviewThreshold(), settings.matchThreshold());
        timings[4] = lap(t);
        return new LinkResult(cluster, links, review, candidates.report(), scorer, timings);
    }

    /** Prepares records for comparison, to score or explain pairs without linking. */
    public RecordFeatures prepare(List<LinkRecord> records) {
        return new RecordFeatures(settings, records, names, phonetic, places);
    }

    private static List<int[]> indices(List<Decisions.Pair> pairs, Map<String, Integer> index) {
        List<int[]> out = new ArrayList<>();
        for (Decisions.Pair p : pairs) {
            Integer a = index.get(p.left());
            Integer b = index.get(p.right());
            if (a != null && b != null) {
                out.add(new int[] {a, b});
            }
        }
        return out;
    }

    static double weightOf(double probability) {
        return MatchModel.log2(probability / (1 - probability));
    }

    private static long lap(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

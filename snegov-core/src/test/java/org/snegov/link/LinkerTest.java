package org.snegov.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinkerTest {

    private static final String[] SURNAMES = {"Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Волков",
        "Зайцев", "Орлов", "Козлов", "Лебедев", "Морозов", "Соколов", "Новиков", "Фёдоров", "Егоров"};
    private static final String[] GIVEN = {"Иван", "Пётр", "Николай", "Алексей", "Сергей", "Михаил", "Василий"};

    /** 1,500 people born on random days, and for the first 300 a second record: surname in Latin, no place. */
    private static List<LinkRecord> records() {
        SplittableRandom random = new SplittableRandom(3);
        List<LinkRecord> out = new ArrayList<>();
        List<LinkRecord> copies = new ArrayList<>();
        for (int p = 0; p < 1_500; p++) {
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String date = String.format(Locale.ROOT, "%d-%02d-%02d", 1880 + random.nextInt(40), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            out.add(new LinkRecord("a" + p, "book-1", List.of(surname, given, "", date, "Москва")));
            if (p < 300) {
                copies.add(new LinkRecord("b" + p, "book-2", List.of(
                        new TransliteratingNameNormalizer().normalize(surname).latin(), given, "", date, "")));
            }
        }
        out.addAll(copies);
        return out;
    }

    @Test
    void linksATransliteratedRecordToItsOriginal() {
        List<LinkRecord> records = records();

        LinkResult result = Linker.of(LinkSettings.person()).link(records);

        int linked = 0;
        for (int p = 0; p < 300; p++) {
            if (result.cluster()[p] == result.cluster()[1_500 + p]) {
                linked++;
            }
        }
        assertThat(linked).isGreaterThan(270);
        // 1,500 people drawn from 112 names, all born in Moscow within 40 years: a few namesakes merge.
        assertThat(result.clusterCount()).isBetween(1_400, 1_540);
    }

    @Test
    void reportsCandidatePairsPerRuleWithoutCountingAPairTwice() {
        LinkResult result = Linker.of(LinkSettings.person()).link(records());

        BlockingReport report = result.blocking();
        long added = report.rules().stream().mapToLong(BlockingReport.RuleCount::added).sum();
        assertThat(added).isEqualTo(report.candidatePairs());
        assertThat(report.rules().get(1).proposed()).isGreaterThanOrEqualTo(report.rules().get(1).added());
        assertThat(report.possiblePairs()).isEqualTo(1_800L * 1_799 / 2);
    }

    @Test
    void anExplanationAddsUpToItsTotal() {
        List<LinkRecord> records = records();
        LinkResult result = Linker.of(LinkSettings.person()).link(records);

        PairExplanation e = result.scorer().explain(0, 1_500);

        double sum = e.priorWeight() + e.fields().stream().mapToDouble(f -> f.weight() + f.tfAdjustment()).sum();
        assertThat(e.totalWeight()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(e.fields().get(0).level()).isEqualTo(Level.TRANSLITERATED);
        assertThat(e.fields().get(2).level()).isEqualTo(Level.MISSING);
        assertThat(e.fields().get(2).weight()).isZero();
        assertThat(e.render()).contains("surname").contains("total weight");
    }

    @Test
    void aSharedRareSurnameWeighsMoreThanASharedCommonOne() {
        List<LinkRecord> records = new ArrayList<>(records());
        records.add(new LinkRecord("x1", "s", List.of("Снегов", "Иван", "", "1890", "")));
        records.add(new LinkRecord("x2", "s", List.of("Снегов", "Пётр", "", "1900", "")));
        LinkResult result = Linker.of(LinkSettings.person()).link(records);
        int n = records.size();
        int common = -1;
        for (int i = 1; i < 1_500 && common < 0; i++) {
            if (records.get(i).values().get(0).equals(records.get(0).values().get(0))) {
                common = i;
            }
        }

        double rare = result.scorer().explain(n - 2, n - 1).fields().get(0).tfAdjustment();
        double frequent = result.scorer().explain(0, common).fields().get(0).tfAdjustment();

        assertThat(rare).isGreaterThan(frequent);
    }

    @Test
    void sameInputGivesTheSameClusters() {
        List<LinkRecord> records = records();

        int[] once = Linker.of(LinkSettings.person()).link(records).cluster();
        int[] twice = Linker.of(LinkSettings.person()).link(records).cluster();

        assertThat(twice).isEqualTo(once);
    }
}

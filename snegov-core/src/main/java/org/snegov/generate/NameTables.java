package org.snegov.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Weighted tables of given names (by sex), fathers' names, surnames and birthplaces. The built-in tables are
 * small and self-made; {@link #load} takes given names and their frequencies from the russiannames tables
 * ({@code russiannames/names.csv}: text, gender, ethnic, count), read at run time and never shipped.
 */
public final class NameTables {

    final Weighted male;
    final Weighted female;
    final Weighted surnames;
    final Weighted places;

    private NameTables(Weighted male, Weighted female, Weighted surnames, Weighted places) {
        this.male = male;
        this.female = female;
        this.surnames = surnames;
        this.places = places;
    }

    /** The self-made tables shipped with Snegov. */
    public static NameTables builtIn() {
        return new NameTables(
                Weighted.of("Иван:90 Алексей:60 Николай:80 Александр:85 Михаил:60 Василий:55 Петр:50 Сергей:45 Андрей:35"
                        + " Дмитрий:30 Федор:30 Григорий:25 Павел:30 Яков:20 Степан:20 Владимир:35 Константин:15 Борис:15"
                        + " Евгений:12 Георгий:15 Семен:18 Илья:12 Матвей:10 Тимофей:8 Леонид:10 Виктор:10 Иосиф:12"),
                Weighted.of("Мария:80 Анна:70 Екатерина:40 Евдокия:25 Елена:30 Ольга:30 Александра:25 Татьяна:20 Надежда:20"
                        + " Вера:20 Прасковья:15 Клавдия:12 Зинаида:10 Ксения:8 Лидия:12 Софья:10"),
                Weighted.of("Иванов:60 Смирнов:50 Кузнецов:45 Попов:40 Васильев:35 Петров:40 Соколов:30 Михайлов:30"
                        + " Новиков:25 Федоров:25 Морозов:25 Волков:22 Алексеев:20 Лебедев:20 Семенов:20 Егоров:18"
                        + " Павлов:18 Козлов:18 Степанов:15 Николаев:15 Орлов:14 Андреев:14 Макаров:12 Никитин:12"
                        + " Захаров:10 Зайцев:10 Соловьев:10 Борисов:9 Яковлев:9 Григорьев:9 Романов:9 Воробьев:8"
                        + " Снегов:2 Гольдман:6 Рабинович:6 Ковальский:5 Шевченко:8 Бондаренко:7 Озолс:3 Калниньш:3"),
                Weighted.of("г. Москва:80; г. Ленинград:30; Тверская губ.:20; Рязанская губ.:18; Тульская губ.:15"
                        + " Смоленская губ.:15; Калужская губ.:12; Польша, г. Варшава:10; Латвия, г. Рига:10; г. Киев:12"
                        + " г. Минск:8; г. Одесса:8; Владимирская губ.:12; Нижегородская губ.:10; Орловская губ.:10"
                        + " Курская губ.:9; Ярославская губ.:9; Московская губ.:25; г. Харьков:6; г. Тифлис:4"));
    }

    /**
     * The built-in tables with given names and frequencies from {@code dir/russiannames/names.csv}
     * (Slavic names with a count of at least 100).
     *
     * @throws IOException when the table cannot be read
     */
    public static NameTables load(Path dir) throws IOException {
        NameTables base = builtIn();
        Path names = dir.resolve("russiannames").resolve("names.csv");
        if (!Files.isRegularFile(names)) {
            names = dir.resolve("names.csv");
        }
        List<String> m = new ArrayList<>();
        List<String> f = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(names, StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] p = line.split(",");
                if (p.length < 4 || !p[2].contains("slav") || !p[0].matches("[А-ЯЁ][а-яё]+")) continue;
                long count = Long.parseLong(p[3].strip());
                if (count < 100) continue;
                (p[1].equals("m") ? m : p[1].equals("f") ? f : new ArrayList<String>()).add(p[0] + ":" + count);
            }
        }
        return new NameTables(m.size() > 20 ? Weighted.of(String.join(" ", m)) : base.male,
                f.size() > 20 ? Weighted.of(String.join(" ", f)) : base.female, base.surnames, base.places);
    }

    /** Values with weights, drawn in proportion to them. */
    static final class Weighted {
        final String[] values;
        final long[] cumulative;

        private Weighted(String[] values, long[] cumulative) {
            this.values = values;
            this.cumulative = cumulative;
        }

        static Weighted of(String spec) {
            List<String> vals = new ArrayList<>();
            List<Long> cum = new ArrayList<>();
            long total = 0;
            for (String item : spec.split(spec.contains(";") ? "\\s*;\\s*" : "\\s+")) {
                int colon = item.lastIndexOf(':');
                total += Long.parseLong(item.substring(colon + 1));
                vals.add(item.substring(0, colon));
                cum.add(total);
            }
            return new Weighted(vals.toArray(String[]::new), cum.stream().mapToLong(Long::longValue).toArray());
        }

        String draw(SplittableRandom random) {
            long x = random.nextLong(cumulative[cumulative.length - 1]);
            int i = java.util.Arrays.binarySearch(cumulative, x + 1);
            return values[i >= 0 ? i : -i - 1];
        }
    }
}

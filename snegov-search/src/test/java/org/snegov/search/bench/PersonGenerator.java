package org.snegov.search.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.snegov.names.GivenNameGroups;
import org.snegov.names.NameParts;
import org.snegov.names.NameTransliteration;
import org.snegov.search.PersonDocument;

/**
 * Generates persons the way Memorial-style lists describe them: a Russian surname (common stems and random
 * syllables, feminine for women), given name and patronymic in Cyrillic, a birth year, a birthplace (a city of the
 * gazetteer under its name of the time, sometimes with its province); surnames are drawn Zipf-like from a
 * pool of {@value #SURNAME_POOL} distinct ones (common stems with endings, and random syllables), an arrest, a sentence or execution, a
 * rehabilitation, a source. A third also carry a BGN/PCGN Latin name, as biographies do. Deterministic per seed.
 */
public final class PersonGenerator {

    private static final String[] STEMS = ("Снег Иван Петр Сидор Кузнец Смирн Поп Васил Соколов Михайл Новик Фед "
            + "Морозов Волк Алексе Лебед Семен Егор Павл Козл Степан Никол Орл Андре Макар Никит Захар Зайц Солов "
            + "Борис Яковл Григорь Роман Воробь Серге Кузьмин Фрол Александр Дмитри Корол Гус Киселёв Ильин Максим "
            + "Поляк Сорок Виноград Ковал Белоус Щерб Жук Журавл Хрущ Шевчук Ткач Бондар Мельник Шапир Рабинович "
            + "Гольдберг Юрь Ёлк Щеглов Чайк Цвет Шишк Гаврил Ющ Кравч Литвин Зуб Яблон Пушк Толст Чех Хомяк")
            .split(" ");
    private static final String[] ENDINGS = {"ов", "ев", "ин", "ский", "енко", "ук", "ович", "ман", "ых", "цкий"};
    private static final String[] SYLLABLES = ("ба ва га да жа за ка ла ма на па ра са та фа ха ца ча ша ща бе ве ге "
            + "де же зе ке ле ме не пе ре се те бо во го до жо зо ко ло мо но по ро со то хо шо бу ву гу ду жу зу ку лу "
            + "му ну пу ру су ту фу хи чи ши ли ми ни ри си ти бы вы ды лы мы ны ры сы ты ю я ё й").split(" ");
    private static final String[] PLACES = {"Киев", "г. Киев", "Киевская губ., г. Киев", "Ленинград", "Петроград",
            "Москва", "Тифлис", "Сталино", "Юзовка", "Екатеринослав", "Харьков", "Одесса", "Минск", "Витебск",
            "Царицын", "Сталинград", "Свердловск", "Екатеринбург", "Горький", "Нижний Новгород", "Самара",
            "Куйбышев", "Тверь", "Калинин", "Вятка", "Симбирск", "Пермь", "Баку", "Эривань", "Ташкент", "Вильна",
            "Житомир", "Полтава", "Чернигов", "Смоленск", "Ростов-на-Дону", "Саратов", "Казань", "Томск", "Омск",
            "Иркутск", "Тула", "Рязань", "Орёл", "Курск", "Воронеж", "Тамбов", "Пенза", "Уфа", "Архангельск"};
    private static final String[] SOURCES = {"0a11c0", "1b22d1", "2c33e2", "3d44f3", "4e5501", "5f6612", "6a7723",
            "7b8834", "8c9945", "9daa56"};

    /** Distinct surnames to draw from; real registries have about one distinct surname per ten records. */
    static final int SURNAME_POOL = 150_000;

    private final Random random;
    private final String[] surnames = new String[SURNAME_POOL];
    private final List<GivenNameGroups.Group> men = new ArrayList<>();
    private final List<GivenNameGroups.Group> women = new ArrayList<>();
    private long next;

    /** One generated person and what the generator knows of them. */
    public record Generated(PersonDocument document, boolean female, String surname, String given,
                            String patronymic, GivenNameGroups.Group group) {
    }

    public PersonGenerator(long seed) {
        this.random = new Random(seed);
        for (GivenNameGroups.Group g : GivenNameGroups.standard().all()) {
            (g.female() ? women : men).add(g);
        }
        for (int i = 0; i < SURNAME_POOL; i++) {
            surnames[i] = newSurname();
        }
    }

    public Generated next() {
        boolean female = random.nextInt(4) == 0;
        String surname = surname(female);
        GivenNameGroups.Group group = (female ? women : men).get(random.nextInt((female ? women : men).size()));
        String given = group.id();
        String patronymic = patronymic(men.get(random.nextInt(men.size())).id(), female);
        int born = 1870 + random.nextInt(56);
        String place = PLACES[random.nextInt(PLACES.length)];
        int arrested = 1930 + random.nextInt(12);
        List<String> events = new ArrayList<>();
        List<String> types = new ArrayList<>();
        events.add("arrest@" + arrested);
        types.add("arrest");
        if (random.nextBoolean()) {
            events.add("execution@" + (arrested + random.nextInt(2)));
            types.add("execution");
        } else {
            events.add("sentence@" + (arrested + random.nextInt(2)));
            types.add("sentence");
        }
        if (random.nextInt(3) > 0) {
            events.add("rehabilitation@" + (1955 + random.nextInt(37)));
            types.add("rehabilitation");
        }
        String full = surname + " " + given + " " + patronymic;
        List<String> names = new ArrayList<>(List.of(full));
        String display = full;
        if (random.nextInt(3) == 0) {
            display = NameTransliteration.BGN_PCGN.transliterate(given + " " + surname).replace("ʹ", "")
                    .replace("ʺ", "");
            names.add(0, display);
        }
        String id = String.format(Locale.ROOT, "p%010x", next++);
        PersonDocument doc = new PersonDocument(id, display, full, names, born, place, List.of(place),
                types, events, List.of(SOURCES[random.nextInt(SOURCES.length)]),
                List.of(new NameParts(surname, given, patronymic)));
        return new Generated(doc, female, surname, given, patronymic, group);
    }

    /** A surname from the pool, Zipf-like: a few very common, a long tail of rare ones. Feminine for women. */
    private String surname(boolean female) {
        String surname = surnames[(int) (SURNAME_POOL * Math.pow(random.nextDouble(), 3))];
        if (female) {
            if (surname.endsWith("ский") || surname.endsWith("цкий")) {
                return surname.substring(0, surname.length() - 2) + "ая";
            }
            if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ёв") || surname.endsWith("ин")) {
                return surname + "а";
            }
        }
        return surname;
    }

    private String newSurname() {
        String stem;
        if (random.nextInt(3) == 0) {
            stem = STEMS[random.nextInt(STEMS.length)];
        } else {
            StringBuilder s = new StringBuilder();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            stem = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        }
        String ending = ENDINGS[random.nextInt(ENDINGS.length)];
        if (stem.endsWith("ов") || stem.endsWith("ёв") || stem.endsWith("ич") || stem.endsWith("ук")) {
            ending = "";
        }
        return stem + ending;
    }

    static String patronymic(String father, boolean female) {
        String stem;
        String suffix;
        if (father.endsWith("й")) {
            stem = father.substring(0, father.length() - 1);
            suffix = female ? "евна" : "евич";
        } else if (father.endsWith("ь")) {
            stem = father.substring(0, father.length() - 1);
            suffix = female ? "евна" : "евич";
        } else if (father.endsWith("а") || father.endsWith("я")) {
            stem = father.substring(0, father.length() - 1);
            suffix = female ? "ична" : "ич";
        } else {
            stem = father.replace("ё", "е");
            suffix = female ? "овна" : "ович";
        }
        return stem + suffix;
    }
}

package org.snegov.app.service;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates Person CSV records of Russian people with ground truth, the way memorial lists describe them: several
 * records per person from different sources, in Cyrillic or in one of four Latin transliterations (English BGN,
 * German, Polish, French), with patronymics reduced to initials or missing, birth dates at year, month or day
 * precision and sometimes a year off, typing errors, historical and modern place names, women's surnames sometimes
 * in the masculine form; and the people that make linkage hard: common names (Zipf), namesakes born the same year,
 * siblings sharing surname, patronymic and birthplace, and fathers and sons.
 */
final class RussianPersonGenerator {

    static final String HEADER = "record_id,source,surname,given_name,patronymic,birth_date,birth_place";

    private static final String[] SURNAMES = ("Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков "
            + "Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев "
            + "Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин "
            + "Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв "
            + "Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов "
            + "Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов "
            + "Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов "
            + "Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов Родионов Коновалов Лазарев Воронин Климов "
            + "Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов "
            + "Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов Громов "
            + "Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов Ерёмин Тихомиров "
            + "Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Прокофьев Харитонов Князев Цветков "
            + "Левин Митрофанов Воронов Аксёнов Софронов Мальцев Логинов Горшков Савин Краснов Майоров Демидов "
            + "Елисеев Рыбаков Сафонов Плотников Дёмин Хохлов Жданов Шестаков Шубин Щукин Снегов Шишкин Чайковский "
            + "Вишневский Покровский Успенский Преображенский").split(" ");
    private static final String[] ROOTS = ("Бел Чер Сед Кудр Мороз Гром Снег Бор Лес Гор Реч Дуб Берез Сокол Ворон Гал "
            + "Жур Медв Волч Лис Барс Орл Щеглов Пест Клюк Мух Ком Шмел Жар Хол Свет Тём Тих Глух Слеп Хром Рыж Бур "
            + "Сив Пег Руд Зол Сер Мед Вин Хмел Квас Пир Мир Слав Добр Люб Мил Крас Благ Ясн Пан Кор Ус Нос Губ Зуб "
            + "Лоб Бров Ух Рог Ков Рыб Мельн Кузн Пекар Сапож Плотн Гонч Бондар Токар Слесар Шорн Ямщ Ткач Пряд "
            + "Суд Дьяк Поп Звон Колок Свеч Ладан Крест Свят Печ Гриб Ягод Морош Клюкв Брусн Малин Смородин Калин "
            + "Рябин Черёмух Сирен Ландыш").split(" ");
    private static final String[] ENDINGS = {"ов", "ев", "ин", "ский", "ицкий", "енко", "ук", "ых"};
    private static final String[] MALE = ("Иван Александр Николай Михаил Алексей Сергей Василий Пётр Фёдор Дмитрий "
            + "Андрей Павел Григорий Яков Степан Егор Константин Семён Илья Борис Владимир Георгий Матвей Тимофей "
            + "Леонид Виктор Евгений Аркадий Филипп Захар Макар Кирилл Роман Лев Антон Осип Никита Максим Прохор "
            + "Анатолий").split(" ");
    private static final String[] FEMALE = ("Мария Анна Екатерина Александра Евдокия Татьяна Ольга Елена Прасковья "
            + "Наталья Анастасия Ксения Вера Надежда Любовь Софья Клавдия Антонина Зинаида Валентина Галина Нина "
            + "Лидия Елизавета Варвара Агафья Пелагея Марфа Ирина Людмила").split(" ");
    private static final String[][] PLACES = {
        {"Москва"}, {"Ленинград", "Санкт-Петербург", "Петроград"}, {"Тифлис", "Тбилиси"}, {"Киев"},
        {"Сталинград", "Царицын", "Волгоград"}, {"Свердловск", "Екатеринбург"}, {"Горький", "Нижний Новгород"},
        {"Куйбышев", "Самара"}, {"Калинин", "Тверь"}, {"Молотов", "Пермь"}, {"Тула"}, {"Рязань"}, {"Орёл"},
        {"Курск"}, {"Воронеж"}, {"Смоленск"}, {"Ярославль"}, {"Кострома"}, {"Вологда"}, {"Казань"}, {"Саратов"},
        {"Пенза"}, {"Тамбов"}, {"Омск"}, {"Томск"}, {"Иркутск"}, {"Харьков"}, {"Одесса"}, {"Минск"}, {"Витебск"},
        {"Архангельск"}, {"Астрахань"}, {"Уфа"}, {"Оренбург"}, {"Симбирск", "Ульяновск"}, {"Вятка", "Киров"},
    };
    private static final String[] CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя".split("");
    private static final String[][] TRANSLIT = {
        // English (BGN-like)
        ("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya").split(" ", -1),
        // German
        ("a b w g d e jo sch s i j k l m n o p r s t u f ch z tsch sch schtsch  y  e ju ja").split(" ", -1),
        // Polish
        ("a b w g d e io ż z i j k l m n o p r s t u f ch c cz sz szcz  y  e iu ia").split(" ", -1),
        // French
        ("a b v g d e io j z i ï k l m n o p r s t ou f kh ts tch ch chtch  y  e iou ia").split(" ", -1),
    };

    private final SplittableRandom random;
    private final double[] surnameWeights;
    private final double[] maleWeights;
    private final double[] femaleWeights;

    RussianPersonGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.surnameWeights = zipf(SURNAMES.length + 20000, 0.75);
        this.maleWeights = zipf(MALE.length, 1.0);
        this.femaleWeights = zipf(FEMALE.length, 1.0);
    }

    /** One person: the truth every record of theirs is derived from. */
    record Truth(String id, String surname, String given, String patronymic, boolean female, int year, int month,
                 int day, int place) {
    }

    /** Writes about {@code records} records (a header first) and returns the truth id per record, in order. */
    List<String> write(int records, Writer csv) throws IOException {
        csv.write(HEADER + "\n");
        List<String> truth = new ArrayList<>(records);
        int person = 0;
        while (truth.size() < records) {
            List<Truth> family = family(person);
            person += family.size();
            for (Truth t : family) {
                int copies = copies();
                for (int c = 0; c < copies && truth.size() < records; c++) {
                    String id = "r" + truth.size();
                    csv.write(id + "," + render(t) + "\n");
                    truth.add(t.id());
                }
            }
        }
        return truth;
    }

    private List<Truth> family(int first) {
        List<Truth> out = new ArrayList<>();
        String surname = surname();
        String father = MALE[pick(maleWeights)];
        int place = random.nextInt(PLACES.length);
        int year = 1870 + random.nextInt(56);
        Truth head = person(first, surname, father, place, year);
        out.add(head);
        double kind = random.nextDouble();
        if (kind < 0.10) {
            // a sibling: same surname, father and birthplace, a few years apart
            out.add(person(first + 1, surname, father, place, year + 1 + random.nextInt(8)));
        } else if (kind < 0.15 && !head.female()) {
            // a son, named after his father's given name for the patronymic
            out.add(new Truth("p" + (first + 1), surname, MALE[pick(maleWeights)], patronymic(head.given(), false),
                    false, year + 22 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28), place));
        } else if (kind < 0.20 && java.util.Arrays.asList(SURNAMES).contains(masculine(head.surname()))) {
            // a namesake: same common surname, given name and birth year, another father and birthplace
            // (namesakes come with common names; a rare surname shared with the same given name means kin)
            out.add(new Truth("p" + (first + 1), head.surname(), head.given(),
                    patronymic(MALE[pick(maleWeights)], head.female()), head.female(), year, 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(PLACES.length)));
        }
        return out;
    }

    private Truth person(int index, String surname, String father, int place, int year) {
        boolean female = random.nextDouble() < 0.25;
        String given = female ? FEMALE[pick(femaleWeights)] : MALE[pick(maleWeights)];
        return new Truth("p" + index, female ? feminine(surname) : surname, given, patronymic(father, female), female,
                year, 1 + random.nextInt(12), 1 + random.nextInt(28), place);
    }

    private int copies() {
        double r = random.nextDouble();
        return r < 0.45 ? 1 : r < 0.75 ? 2 : r < 0.90 ? 3 : r < 0.97 ? 4 : 5;
    }

    private String render(Truth t) {
        String source = "book-" + (1 + random.nextInt(5));
        String surname = t.surname();
        if (t.female() && random.nextDouble() < 0.05) {
            surname = masculine(surname);
        }
        String given = t.given();
        String patronymic = t.patronymic();
        double p = random.nextDouble();
        if (p < 0.2) {
            patronymic = "";
        } else if (p < 0.4) {
            patronymic = patronymic.substring(0, 1) + ".";
        }
        if (random.nextDouble() < 0.05) {
            given = given.substring(0, 1) + ".";
        }
        if (random.nextDouble() < 0.05) {
            surname = typo(surname);
        } else if (random.nextDouble() < 0.03) {
            given = typo(given);
        }
        if (random.nextDouble() < 0.3) {
            int system = random.nextInt(TRANSLIT.length);
            surname = transliterate(surname, system);
            given = transliterate(given, system);
            patronymic = transliterate(patronymic, system);
        }
        int year = t.year();
        if (random.nextDouble() < 0.10) {
            year += random.nextBoolean() ? 1 : -1;
        }
        String date;
        double d = random.nextDouble();
        if (d < 0.08) {
            date = "";
        } else if (d < 0.40) {
            date = Integer.toString(year);
        } else if (d < 0.50) {
            date = String.format(Locale.ROOT, "%04d-%02d", year, t.month());
        } else {
            int day = random.nextDouble() < 0.05 ? 1 + random.nextInt(28) : t.day();
            date = String.format(Locale.ROOT, "%04d-%02d-%02d", year, t.month(), day);
        }
        String[] names = PLACES[t.place()];
        String place = random.nextDouble() < 0.25 ? "" : names[random.nextInt(names.length)];
        return source + "," + surname + "," + given + "," + patronymic + "," + date + "," + place;
    }

    private String surname() {
        int i = pick(surnameWeights);
        if (i < SURNAMES.length) {
            return SURNAMES[i];
        }
        SplittableRandom r = new SplittableRandom(i);
        return ROOTS[r.nextInt(ROOTS.length)] + ROOTS[r.nextInt(ROOTS.length)].toLowerCase(Locale.ROOT)
                .substring(0, 2) + ENDINGS[r.nextInt(ENDINGS.length)];
    }

    static String feminine(String surname) {
        if (surname.endsWith("ий")) {
            return surname.substring(0, surname.length() - 2) + "ая";
        }
        if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ёв") || surname.endsWith("ин")
                || surname.endsWith("ын")) {
            return surname + "а";
        }
        return surname;
    }

    static String masculine(String surname) {
        if (surname.endsWith("ая")) {
            return surname.substring(0, surname.length() - 2) + "ий";
        }
        return surname.endsWith("а") ? surname.substring(0, surname.length() - 1) : surname;
    }

    static String patronymic(String father, boolean female) {
        String stem = switch (father) {
            case "Павел" -> "Павл";
            case "Лев" -> "Льв";
            case "Пётр" -> "Петр";
            default -> father;
        };
        String suffix;
        if (father.endsWith("й")) {
            stem = father.substring(0, father.length() - 1);
            suffix = female ? "евна" : "евич";
        } else if (father.endsWith("я")) {
            stem = father.substring(0, father.length() - 1);
            suffix = female ? "инична" : "ич";
        } else if (father.endsWith("а")) {
            stem = father.substring(0, father.length() - 1);
            suffix = female ? "ична" : "ич";
        } else {
            suffix = female ? "овна" : "ович";
        }
        return stem + suffix;
    }

    private String typo(String s) {
        if (s.length() < 4) {
            return s;
        }
        int i = 1 + random.nextInt(s.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> s.substring(0, i) + s.substring(i + 1);
            case 1 -> s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
            default -> s.substring(0, i) + CYRILLIC[1 + random.nextInt(32)] + s.substring(i + 1);
        };
    }

    static String transliterate(String s, int system) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char lower = Character.toLowerCase(c);
            int k = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя".indexOf(lower);
            if (k < 0) {
                b.append(c);
                continue;
            }
            String t = TRANSLIT[system][k];
            if (Character.isUpperCase(c) && !t.isEmpty()) {
                t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
            }
            b.append(t);
        }
        return b.toString();
    }

    private int pick(double[] cumulative) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] zipf(int n, double s) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            c[i] = sum;
        }
        return c;
    }
}

package org.snegov.read.memorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snegov.model.EventType;
import org.snegov.model.PartialDate;

/** Records in Memorial's format with invented names (Пробный, Тестова…): never real persons. */
class MemorialTextParserTest {

    private final MemorialTextParser parser = new MemorialTextParser();

    @Test
    void readsEveryFieldOfACompactRecordWithItsSpan() {
        String bio = "род. 1899, Польша, Седлецкая губ., м. Посад-Янов, поляк, б/п, завод № 1 НКОП: токарь. "
                + "Адрес: ул. Арбат, д.27, кв. 12. Рассстрелян 10.08.1938. Место захоронения: Бутово.";
        MemorialEntry e = parser.parse("Пробный Иван Тестович", bio);
        assertThat(e.surname().text()).isEqualTo("Пробный");
        assertThat(e.patronymic().text()).isEqualTo("Тестович");
        assertThat(e.birthYear()).isEqualTo(1899);
        assertThat(e.birthPlace().text()).isEqualTo("Польша, Седлецкая губ., м. Посад-Янов");
        assertThat(e.nationality().text()).isEqualTo("поляк");
        assertThat(e.party().member()).isFalse();
        assertThat(e.occupation().text()).isEqualTo("завод № 1 НКОП: токарь");
        assertThat(e.address().text()).isEqualTo("ул. Арбат, д.27, кв. 12");
        assertThat(e.burialPlace().text()).isEqualTo("Бутово");
        assertThat(e.events()).singleElement().satisfies(ev -> {
            assertThat(ev.type()).isEqualTo(EventType.EXECUTION);
            assertThat(ev.date()).isEqualTo(PartialDate.ofDay(1938, 8, 10));
        });
        for (TextSpan s : new TextSpan[] {e.birthPlace(), e.nationality(), e.occupation(), e.address(), e.burialPlace()}) {
            assertThat(bio.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(e.problems()).isEmpty();
    }

    @Test
    void readsNarrativeEventsWithTheirDatesInADonskoeRecord() {
        String bio = "род. 18.11.1901, в Казани, русский, б/п, счетовод. В 1934 г. приговорен Коллегией ОГПУ СССР к 3 годам "
                + "ИТЛ по обвинению в агитации. Содержался в Дмитровском ИТЛ НКВД. Освобожден в ноябре 1935 г. "
                + "Адрес: Тестовый пер., д.5, кв.1. Арестован 4 января 1937 г. Рассстрелян 9.12.1937. Место захоронения: Донское.";
        MemorialEntry e = parser.parse("Тестов Петр Пробович", bio);
        assertThat(e.birthDate()).isEqualTo(PartialDate.ofDay(1901, 11, 18));
        assertThat(e.birthPlace().text()).isEqualTo("Казани");
        assertThat(e.events()).extracting(MemorialEvent::type).containsExactly(EventType.SENTENCE, EventType.CAMP,
                EventType.RELEASE, EventType.ARREST, EventType.EXECUTION);
        assertThat(e.events()).extracting(ev -> ev.date() == null ? null : ev.date().iso())
                .containsExactly("1934", null, "1935-11", "1937-01-04", "1937-12-09");
        assertThat(e.events().get(0).body().text()).isEqualTo("Коллегией ОГПУ СССР");
        assertThat(e.events().get(0).term().text()).isEqualTo("к 3 годам ИТЛ");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            зам. зав. Пробным клубом                   | Бол. Тестовая ул., д.69, кв. 7
            депо им. Пробова ж.д.ст. Тестовая: машинист | Ср. Пробный пер., д.9/11, кв. 26
            м.н.с. НИИ тестовых наук                   | 2-й Пробный пер., д.2. Кв. 75
            Ц.О. Тестпрома: юрист                      | Пробный пер. . Д. 12, кв. 13
            1-й Моск. Тестовый институт: аспирант      | 2-й Тестовый пер., д.10, кв. 4, гост. "Проба"
            художник, чл. "Всепробхудожника"           | Мал. Пробная ул., д.19, кв. 4
            бывший участник к.-р. Группы "Проба"       | ж.д. Пробная ст., д.1
            """)
    void keepsOccupationAndAddressWholeAcrossAbbreviations(String occupation, String address) {
        MemorialEntry e = parser.parse("Пробный Иван Иванович", "род. 1900, г. Москва, русский, б/п, " + occupation
                + ". Адрес: " + address + ". Рассстрелян 1.02.1938. Место захоронения: Бутово.");
        assertThat(e.occupation().text()).isEqualTo(occupation);
        assertThat(e.address().text()).isEqualTo(address);
    }

    @Test
    void givesOneEventPerListedYearAndASentenceToADateAfterAPeriod() {
        String bio = "род. 1872, в Пробске, русский, б/п, сторож. Адрес: Тестовый пер., д.10. В 1919, 1920, 1921 гг. "
                + "арестовывался на непродолжительные сроки. 13 декабря 1922 г. приговорен Тестовым ревтрибуналом к 10 "
                + "годам тюремного заключения. В 1924, 1927, 1929 и 1931 гг. задерживался, в 1932 г. переехал. "
                + "Рассстрелян 19.08.1937. Место захоронения: Донское.";
        MemorialEntry e = parser.parse("Пробов Петр Тестович", bio);
        assertThat(e.events()).extracting(ev -> ev.type() + " " + (ev.date() == null ? null : ev.date().iso()))
                .containsExactly("ARREST 1919", "ARREST 1920", "ARREST 1921", "SENTENCE 1922-12-13", "ARREST 1924",
                        "ARREST 1927", "ARREST 1929", "ARREST 1931", "EXECUTION 1937-08-19");
        assertThat(e.events().get(0).span().text()).startsWith("В 1919, 1920, 1921 гг. арестовывался");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            в Казани                                       | Казани
            во Владимире                                   | Владимире
            на хут.Пробный Тестового уезда Саратовской губ. | хут.Пробный Тестового уезда Саратовской губ.
            на ст.Тестовая Южной ж.д.                      | ст.Тестовая Южной ж.д.
            Польша, г. Лодзь                               | Польша, г. Лодзь
            г. Наро-Фоминск                                | г. Наро-Фоминск
            Нарвский уезд                                  | Нарвский уезд
            """)
    void readsTheBirthplaceWithoutItsLocativePreposition(String written, String place) {
        MemorialEntry e = parser.parse("Пробный Иван Иванович", "род. 1900, " + written + ", русский, б/п, "
                + "слесарь. Адрес: ул. Тестовая, д.1. Рассстрелян 1.02.1938. Место захоронения: Донское.");
        assertThat(e.birthPlace().text()).isEqualTo(place);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            член ВКП(б) с 1930                     | true  | ВКП(б) | 1930
            член ВКП(б) с 1918 по 1938             | false | ВКП(б) | 1918
            исключен из ВКП(б) в 1935 г.           | false | ВКП(б) |
            кандидат в члены ВКП(б)                | true  | ВКП(б) |
            бывший меньшевик, член ВКП(б) с 1919   | true  | ВКП(б) | 1919
            бывший эсер                            | false |        |
            бывший член ВКП(б) с 1920 по 1935      | false | ВКП(б) | 1920
            б/п (бывший член Бунда)                | false |        |
            член ВКП(б) с 1931 по декабрь 1937     | false | ВКП(б) | 1931
            член КП Латвии (с 1932 по 1935)        | false | КП Латвии | 1932
            член ВКП(б) в 1926- 27                 | false | ВКП(б) | 1926
            член ВКП(б), в 1930 исключен           | false | ВКП(б) |
            искл. из ВКП(б) в 1927, восстановлен в 1928, вторично исключен в 1935 | false | ВКП(б) |
            б/п, в 1917 член партии эсеров         | false | партии эсеров |
            член ВКП(б) (в 1905-1917 член партии эсеров) | true | ВКП(б) |
            б/п, бывший эсер                       | false |        |
            член ВКП(б), в прошлом левый эсер      | true  | ВКП(б) |
            бывший меньшевик, б/п                  | false |        |
            """)
    void readsPartyStatusFromTheSlot(String slot, boolean member, String party, Integer since) {
        MemorialEntry e = parser.parse("Пробный Иван Иванович", "род. 1900, г. Москва, русский, " + slot
                + ", слесарь. Адрес: ул. Тестовая, д.1. Рассстрелян 1.02.1938. Место захоронения: Бутово.");
        assertThat(e.party().member()).isEqualTo(member);
        assertThat(e.party().party()).isEqualTo(party);
        assertThat(e.party().since()).isEqualTo(since);
        assertThat(e.occupation().text()).isEqualTo("слесарь");
    }

    @Test
    void survivesMissingBirthplaceAndNationalityAndAFemaleVerb() {
        MemorialEntry e = parser.parse("Тестова Анна", "род. 1883, б/п. Адрес: ул. Пробная, 16-6. Рассстреляна 8.04.1931. "
                + "Место захоронения: Ваганьковское кладбище.");
        assertThat(e.birthPlace()).isNull();
        assertThat(e.nationality()).isNull();
        assertThat(e.occupation()).isNull();
        assertThat(e.patronymic()).isNull();
        assertThat(e.events().get(0).date()).isEqualTo(PartialDate.ofDay(1931, 4, 8));
    }

    @Test
    void readsTheEnglishRendering() {
        MemorialEntry e = parser.parse("Probny Ivan Testovich", "b. 1899, Poland, Siedlce gub., Pole, non-party, "
                + "turner. Address: Arbat St., 27-12. Shot 10.08.1938. Burial place: Butovo.");
        assertThat(e.birthYear()).isEqualTo(1899);
        assertThat(e.birthPlace().text()).isEqualTo("Poland, Siedlce gub.");
        assertThat(e.nationality().text()).isEqualTo("Pole");
        assertThat(e.party().member()).isFalse();
        assertThat(e.burialPlace().text()).isEqualTo("Butovo");
        assertThat(e.events().get(0).date()).isEqualTo(PartialDate.ofDay(1938, 8, 10));
    }

    @Test
    void readsARehabilitationAfterTheBurialPlaceWithItsBody() {
        MemorialEntry e = parser.parse("Пробов Петр Тестович", "род. 1899, г. Москва, русский, б/п, слесарь. "
                + "Адрес: ул. Тестовая, д.1. Рассстрелян 10.08.1938. Место захоронения: Бутово. "
                + "Реабилитирован 12.05.1957 ВКВС СССР.");
        assertThat(e.burialPlace().text()).isEqualTo("Бутово");
        assertThat(e.events()).extracting(MemorialEvent::type).containsExactly(EventType.EXECUTION,
                EventType.REHABILITATION);
        MemorialEvent rehabilitation = e.events().get(1);
        assertThat(rehabilitation.date()).isEqualTo(PartialDate.ofDay(1957, 5, 12));
        assertThat(rehabilitation.body().text()).isEqualTo("ВКВС СССР");
    }

    @Test
    void readsTheEnglishRenderingWithSemicolons() {
        MemorialEntry e = parser.parse("Probov Petr", "b. 1899, Poland, Siedlce gub., Pole, non-party, turner; "
                + "arrested 12.03.1937; shot 10.08.1938; rehabilitated by the Military Collegium on 12.05.1957");
        assertThat(e.birthPlace().text()).isEqualTo("Poland, Siedlce gub.");
        assertThat(e.occupation().text()).isEqualTo("turner");
        assertThat(e.events()).extracting(ev -> ev.type() + " " + ev.date().iso()).containsExactly(
                "ARREST 1937-03-12", "EXECUTION 1938-08-10", "REHABILITATION 1957-05-12");
        assertThat(e.events().get(2).body().text()).isEqualTo("Military Collegium");
    }

    @Test
    void readsTheBooksOfMemoryStyleWithSemicolonsAndAVerdict() {
        MemorialEntry e = parser.parse("Тестова Анна Пробовна", "1901 г. р., уроженка г. Пробск; украинка; член ВКП(б); "
                + "учительница, школа № 5. Проживала: г. Тестов, ул. Пробная, д. 3. Арестована 2 марта 1938 г. "
                + "Приговорена: ОСО при НКВД СССР 3 июня 1938 г., обв.: ЧСИР. Приговор: 8 лет ИТЛ. "
                + "Реабилитирована в 1956 г.");
        assertThat(e.problems()).isEmpty();
        assertThat(e.birthYear()).isEqualTo(1901);
        assertThat(e.birthPlace().text()).isEqualTo("г. Пробск");
        assertThat(e.nationality().text()).isEqualTo("украинка");
        assertThat(e.party().member()).isTrue();
        assertThat(e.occupation().text()).isEqualTo("учительница, школа № 5");
        assertThat(e.address().text()).isEqualTo("г. Тестов, ул. Пробная, д. 3");
        assertThat(e.events()).extracting(ev -> ev.type() + " " + ev.date().iso()).containsExactly(
                "ARREST 1938-03-02", "SENTENCE 1938-06-03", "REHABILITATION 1956");
        MemorialEvent sentence = e.events().get(1);
        assertThat(sentence.body().text()).isEqualTo("ОСО при НКВД СССР");
        assertThat(sentence.charge().text()).isEqualTo("обв.: ЧСИР");
        assertThat(sentence.term().text()).isEqualTo("8 лет ИТЛ");
    }

    @Test
    void readsADeathInCustody() {
        MemorialEntry e = parser.parse("Пробов Петр Тестович", "Родился в 1890 г., г. Пробск; русский; б/п; счетовод. "
                + "Проживал: г. Пробск. Арестован 2 марта 1938 г. Приговорен: ОСО при НКВД СССР 3 июня 1938 г. "
                + "Приговор: 8 лет ИТЛ. Умер в заключении 12.03.1942. Реабилитирован в 1956 г.");
        assertThat(e.events()).extracting(ev -> ev.type() + " " + ev.date().iso()).containsExactly(
                "ARREST 1938-03-02", "SENTENCE 1938-06-03", "DEATH 1942-03-12", "REHABILITATION 1956");
    }

    @Test
    void readsTheBooksOfMemoryStyleWithAnExecutionAndABurialAfterADash() {
        MemorialEntry e = parser.parse("Пробов Петр Тестович", "Родился в 1899 г., Польша, Пробская губ.; поляк; б/п; "
                + "токарь, завод № 1. Проживал: Тестов, ул. Пробная, д. 27, кв. 12. Арестован 4 января 1938 г. "
                + "Приговорен: Комиссией НКВД и Прокуратуры СССР 1 февраля 1938 г., обв.: шпионаж. "
                + "Расстрелян 10 августа 1938 г. Место захоронения - Бутово. Реабилитирован 12 мая 1957 г. ВКВС СССР");
        assertThat(e.problems()).isEmpty();
        assertThat(e.birthYear()).isEqualTo(1899);
        assertThat(e.birthPlace().text()).isEqualTo("Польша, Пробская губ.");
        assertThat(e.party().member()).isFalse();
        assertThat(e.occupation().text()).isEqualTo("токарь, завод № 1");
        assertThat(e.burialPlace().text()).isEqualTo("Бутово");
        assertThat(e.events()).extracting(ev -> ev.type() + " " + ev.date().iso()).containsExactly(
                "ARREST 1938-01-04", "SENTENCE 1938-02-01", "EXECUTION 1938-08-10", "REHABILITATION 1957-05-12");
        assertThat(e.events().get(3).body().text()).isEqualTo("ВКВС СССР");
    }

    @Test
    void keepsAChargeOfSeveralArticlesWhole() {
        MemorialEntry e = parser.parse("Пробов Петр Тестович", "Родился в 1899 г., г. Пробск; русский; б/п; токарь. "
                + "Арестован 4 января 1938 г. Приговорен: тройка при УНКВД по Тестовской обл. 1 февраля 1938 г., "
                + "обв.: 58-7, 58-11. Приговор: ВМН. Расстрелян 10 августа 1938 г.");
        assertThat(e.events().get(1).charge().text()).isEqualTo("обв.: 58-7, 58-11");
    }

    @Test
    void readsTheBooksOfMemoryStyleWithEducationARegionalBodyAndASourceLine() {
        MemorialEntry e = parser.parse("Пробная Мария Ивановна", "Родилась в 1903 г., г. Пробск; русская; образование "
                + "среднее; член ВКП(б) с 1925; зав. отделом, Пробский горсовет. Проживала: г. Пробск. Арестована "
                + "5 ноября 1937 г. Приговорена: тройка при УНКВД по Тестовской обл. 10 января 1938 г., обв.: участие "
                + "в к.-р. организации. Приговор: 10 лет ИТЛ. Освобождена в 1947 г. Реабилитирована 3 марта 1956 г. "
                + "Прокуратурой Тестовской обл. Источник: Книга памяти Тестовской обл.");
        assertThat(e.party().member()).isTrue();
        assertThat(e.party().since()).isEqualTo(1925);
        assertThat(e.occupation().text()).isEqualTo("зав. отделом, Пробский горсовет");
        assertThat(e.events()).extracting(ev -> ev.type() + " " + ev.date().iso()).containsExactly(
                "ARREST 1937-11-05", "SENTENCE 1938-01-10", "RELEASE 1947", "REHABILITATION 1956-03-03");
        assertThat(e.events().get(1).body().text()).isEqualTo("тройка при УНКВД по Тестовской обл.");
        assertThat(e.events().get(1).charge().text()).isEqualTo("обв.: участие в к.-р. организации");
        assertThat(e.events().get(1).term().text()).isEqualTo("10 лет ИТЛ");
        assertThat(e.events().get(3).body().text()).startsWith("Прокуратурой Тестовской обл");
    }

    @Test
    void keepsTheOccupationOfASemicolonHeadWhenAnEventSentenceFollowsIt() {
        // The semicolon before "счетовод" separates slots; only an event verb opening the part after it ends the head.
        MemorialEntry e = parser.parse("Пробова Анна Ивановна", "1905 г. р., Тестовская обл., с. Пробное; русская; "
                + "член ВКП(б) с 1929; счетовод сельпо. Арестована 7.10.1937. Осуждена 2.11.1937 тройкой УНКВД. "
                + "Расстреляна 9.11.1937. Реабилитирована 14.06.1958.");
        assertThat(e.occupation().text()).isEqualTo("счетовод сельпо");
        assertThat(e.party().since()).isEqualTo(1929);
        assertThat(e.events()).extracting(ev -> ev.type() + " " + ev.date().iso()).containsExactly(
                "ARREST 1937-10-07", "SENTENCE 1937-11-02", "EXECUTION 1937-11-09", "REHABILITATION 1958-06-14");
    }

    @Test
    void readsAResidenceSentenceAsTheAddressAndKeepsTheHeadBeforeIt() {
        MemorialEntry e = parser.parse("Пробова Анна Ивановна", "Родилась в 1911 г. в г. Пробске; русская; б/п; "
                + "учетчица, артель № 3. Проживала в с. Тестовка Пробской обл. Арестована 1 марта 1938 г. "
                + "Реабилитирована в 1957 г.");
        assertThat(e.birthPlace().text()).isEqualTo("г. Пробске");
        assertThat(e.nationality().text()).isEqualTo("русская");
        assertThat(e.occupation().text()).isEqualTo("учетчица, артель № 3");
        assertThat(e.address().text()).isEqualTo("с. Тестовка Пробской обл");
        assertThat(e.events()).extracting(ev -> ev.type() + " " + ev.date().iso())
                .containsExactly("ARREST 1938-03-01", "REHABILITATION 1957");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Расстрелян в 1938 г.          | 1938
            Рассстреляна в 1937 г.        | 1937
            Расстрелян в октябре 1937 г.  | 1937-10
            Shot in 1938.                 | 1938
            """)
    void datesAnExecutionByItsYearOrMonth(String execution, String date) {
        MemorialEntry e = parser.parse("Пробов Петр Тестович", "Родился в 1900 г.; б/п. Арестован в 1937 г. "
                + execution + " Реабилитирован в 1989 г.");
        assertThat(e.problems()).extracting(MemorialEntry.Problem::reason).doesNotContain("execution without a readable date");
        assertThat(e.events()).extracting(ev -> ev.type() + " " + ev.date().iso())
                .containsExactly("ARREST 1937", "EXECUTION " + date, "REHABILITATION 1989");
        assertThat(e.party().span().text()).isEqualTo("б/п");
    }

    @Test
    void endsASentenceAtAnEventVerbAfterAnAbbreviation() {
        MemorialEntry e = parser.parse("Пробова Анна Ивановна", "Родилась в 1912 г., с. Пробное; немка; б/п; колхозница. "
                + "В августе 1941 г. выслана в Тестовскую обл. Арестована 3 мая 1942 г. Отбывала срок в Проблаге. "
                + "Содержалась в Тестлаге. Умерла в заключении в 1944 г.");
        assertThat(e.events()).extracting(ev -> ev.type() + " " + (ev.date() == null ? "-" : ev.date().iso()))
                .containsExactly("EXILE 1941-08", "ARREST 1942-05-03", "CAMP -", "CAMP -", "DEATH 1944");
    }

    @Test
    void takesNoEventFromASourceNoteAndNoUnknownBurialPlace() {
        MemorialEntry e = parser.parse("Пробов Петр Тестович", "Родился в 1893 г., г. Пробск; казак; неграмотный; б/п; "
                + "извозчик. Проживал: г. Пробск. Арестован 23.03.1938. Расстрелян 19.05.1938. Место захоронения "
                + "неизвестно. Реабилитирован в 1958 г. Источник: Реабилитированные историей. Тестовская обл.");
        assertThat(e.nationality().text()).isEqualTo("казак");
        assertThat(e.party().member()).isFalse();
        assertThat(e.occupation().text()).isEqualTo("извозчик");
        assertThat(e.burialPlace()).isNull();
        assertThat(e.events()).extracting(ev -> ev.type() + " " + ev.date().iso()).containsExactly(
                "ARREST 1938-03-23", "EXECUTION 1938-05-19", "REHABILITATION 1958");
    }

    @Test
    void readsAHeadWrittenASentencePerField() {
        MemorialEntry e = parser.parse("Пробов Петр Тестович", "Родился в 1894 г. в с. Пробное Тестовской губ. Русский, "
                + "б/п, пильщик лесозавода. Проживал в г. Пробске. Арестован 2 августа 1937 г.");
        assertThat(e.birthPlace().text()).isEqualTo("с. Пробное Тестовской губ.");
        assertThat(e.nationality().text()).isEqualTo("Русский");
        assertThat(e.party().member()).isFalse();
        assertThat(e.occupation().text()).isEqualTo("пильщик лесозавода");
        assertThat(e.address().text()).isEqualTo("г. Пробске");
        MemorialEntry en = parser.parse("Probov Petr", "Born in 1890 in the village of Probnoe, Testov province. Russian. "
                + "Non-party. Lived in Probsk. Arrested on 3 March 1938.");
        assertThat(en.birthPlace().text()).isEqualTo("the village of Probnoe, Testov province");
        assertThat(en.nationality().text()).isEqualTo("Russian");
        assertThat(en.party().member()).isFalse();
        assertThat(en.address().text()).isEqualTo("Probsk");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Komsomol member                 | true  | Komsomol | 
            CPSU(b) member since 1931       | true  | CPSU(b)  | 1931
            VKP(b) candidate member         | true  | VKP(b)   | 
            former VKP(b) member            | false | VKP(b)   | 
            """)
    void readsAnEnglishPartyNamedBeforeMember(String slot, boolean member, String party, Integer since) {
        MemorialEntry e = parser.parse("Probov Petr", "b. 1910, Probsk; Jew; " + slot + "; economist, Gosbank. "
                + "Arrested 1.10.1937.");
        assertThat(e.party().member()).isEqualTo(member);
        assertThat(e.party().party()).isEqualTo(party);
        assertThat(e.party().since()).isEqualTo(since);
        assertThat(e.occupation().text()).isEqualTo("economist, Gosbank");
    }

    @Test
    void keepsAnArrestApartFromASentencingThatNamesItsBodyFirst() {
        MemorialEntry e = parser.parse("Пробов Петр Тестович", "Родился в 1890 г., г. Пробск; русский; б/п; мастер. "
                + "Арестован 3 мая 1937 г. Военной коллегией Верховного суда СССР 2 октября 1937 г. приговорен к ВМН. "
                + "Расстрелян 3 октября 1937 г.");
        assertThat(e.events()).extracting(ev -> ev.type() + " " + ev.date().iso()).containsExactly(
                "ARREST 1937-05-03", "SENTENCE 1937-10-02", "EXECUTION 1937-10-03");
        MemorialEntry en = parser.parse("Probov Petr", "b. 1890, Probsk; Russian; non-party; fitter. Arrested on 3 May 1937 "
                + "and sentenced on 2 October 1937 to death. Shot November 1937.");
        assertThat(en.events()).extracting(ev -> ev.type() + " " + ev.date().iso()).containsExactly(
                "ARREST 1937-05-03", "SENTENCE 1937-10-02", "EXECUTION 1937-11");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1906 года рождения, уроженка г. Пробска; русская; б/п; ткачиха.                 | г. Пробска  | русская
            Probova Vera Pavlovna (1899-1942). Born 1 May 1906 in Probsk, Jewish, weaver.  | Probsk      | Jewish
            Probov Albert, born 1906 in Probsk, Estonia, an Estonian, weaver.              | Probsk, Estonia | an Estonian
            """)
    void findsTheBirthWhereTheRecordDoesNotOpenWithIt(String head, String place, String nationality) {
        MemorialEntry e = parser.parse("Пробова Вера", head + " Арестована 1.10.1937.");
        assertThat(e.birthYear()).isEqualTo(1906);
        assertThat(e.birthPlace().text()).isEqualTo(place);
        assertThat(e.nationality().text()).isEqualTo(nationality);
        assertThat(e.occupation().text()).isEqualTo(head.contains("ткачиха") ? "ткачиха" : "weaver");
    }

    @Test
    void readsAnEnglishHeadOfOneWordSentencesAndAResidenceInASemicolonHead() {
        MemorialEntry e = parser.parse("Probov Petr", "Born 1883. Russian. Non-party. Accountant of the Probny Trud artel. "
                + "Arrested 2.02.1938.");
        assertThat(e.nationality().text()).isEqualTo("Russian");
        assertThat(e.party().member()).isFalse();
        assertThat(e.occupation().text()).isEqualTo("Accountant of the Probny Trud artel");
        MemorialEntry s = parser.parse("Probov Petr", "b. 1890; Russian; non-party; worker at a sawmill; lived in Probsk. "
                + "Arrested 2.02.1938.");
        assertThat(s.occupation().text()).isEqualTo("worker at a sawmill");
        assertThat(s.address().text()).isEqualTo("Probsk");
    }

    @Test
    void skipsASocialOriginSlotAndReadsLabelledDatesDeathsAndTransports() {
        MemorialEntry e = parser.parse("Пробов Петр Тестович", "род. 1890, г. Пробск, русский, из крестьян, б/п, сторож. "
                + "Дата ареста: 10.11.1937. Этапирован в Проблаг. Умер в 1943 г. в Проблаге. "
                + "Дата реабилитации: 14.06.1957.");
        assertThat(e.party().member()).isFalse();
        assertThat(e.occupation().text()).isEqualTo("сторож");
        assertThat(e.events()).extracting(ev -> ev.type() + " " + (ev.date() == null ? "-" : ev.date().iso()))
                .containsExactly("ARREST 1937-11-10", "CAMP -", "DEATH 1943", "REHABILITATION 1957-06-14");
        MemorialEntry en = parser.parse("Probov Petr", "b. 1880, Probsk; Russian; non-party; peasant. In 1930 dekulakized "
                + "and deported with his family to the Narym region.");
        assertThat(en.events()).extracting(ev -> ev.type() + " " + ev.date().iso()).containsExactly("EXILE 1930");
    }

    @Test
    void keepsADateWithItsOwnClause() {
        // Memorial's annotators date each clause by its own words: the release five months later has no date.
        MemorialEntry e = parser.parse("Пробов Петр Тестович", "род. 1907, г. Пробск, поляк, б/п, инженер. Адрес: "
                + "ул. Пробная, д.2. В 1934 г. 5 месяцев содержался в заключении, освобожден за недоказанностью "
                + "обвинения. Рассстрелян 20.11.1937. Место захоронения: Донское.");
        assertThat(e.events()).extracting(ev -> ev.type() + " " + (ev.date() == null ? "-" : ev.date().iso()))
                .containsExactly("OTHER 1934", "RELEASE -", "EXECUTION 1937-11-20");
    }

    @Test
    void stripsUrozhenetsIZhitelFromTheBirthplace() {
        MemorialEntry e = parser.parse("Пробов Петр Тестович", "1888 г. р., уроженец и житель с. Пробное Тестовской обл., "
                + "русский, б/п, колхозник. Арестован 8 декабря 1937 г.");
        assertThat(e.birthPlace().text()).isEqualTo("с. Пробное Тестовской обл.");
    }

    @Test
    void reportsARecordWithoutTheSkeletonAsProblems() {
        MemorialEntry e = parser.parse("", "просто текст");
        assertThat(e.problems()).extracting(MemorialEntry.Problem::reason).contains("no name", "no address ('Адрес:' or 'Address:') in the record text");
    }

    @Test
    void neverThrowsOnRandomInputAndKeepsSpansInsideTheText() {
        Random random = new Random(42);
        String alphabet = "род.1937, ()Адрес:Рассстрелян Место захоронения:б/пчлен ВКП(б)в абвгд0123456789-\"";
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(160);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            MemorialEntry e = parser.parse(text.length() > 20 ? text.substring(0, 20) : text, text);
            for (TextSpan s : new TextSpan[] {e.birthPlace(), e.nationality(), e.occupation(), e.address(), e.burialPlace()}) {
                if (s != null) assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            }
            e.events().forEach(ev -> assertThat(text.substring(ev.span().start(), ev.span().end())).isEqualTo(ev.span().text()));
        }
    }

    /** Fragments of all three formats, shuffled and cut: the parser never throws and every span is its text. */
    @Test
    void neverThrowsOnShuffledFragmentsOfEveryFormatAndKeepsSpansInsideTheText() {
        String[] fragments = {"род. 1899, ", "Родилась в 1903 г., ", "1901 г. р., уроженка ", "b. 1899, ", "в Казани, ",
                "г. Пробск; ", "Польша, Пробская губ., ", "русский, ", "поляк; ", "Pole, ", "б/п, ", "член ВКП(б) с 1925; ",
                "образование среднее; ", "non-party, ", "зам. зав. Пробным клубом. ", "turner; ", "Адрес: ул. Тестовая, д.1. ",
                "Проживал: г. Тестов. ", "Address: Arbat St., 27-12. ", "Арестован 4 января 1938 г. ", "arrested 12.03.1937; ",
                "Приговорен: ОСО при НКВД СССР 3 июня 1938 г., обв.: ЧСИР. ", "Приговор: 8 лет ИТЛ. ", "Приговор: ",
                "В 1919, 1920, 1921 гг. арестовывался. ", "Рассстрелян 10.08.1938. ", "Расстрелян 10 августа 1938 г. ",
                "shot 10.08.1938; ", "Место захоронения: Бутово. ", "Место захоронения - Бутово. ", "Burial place: Butovo. ",
                "Реабилитирован 12.05.1957 ВКВС СССР. ", "rehabilitated in 1989", "Источник: Книга памяти. ", ";", ". ", ", "};
        Random random = new Random(11);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int count = random.nextInt(14);
            for (int i = 0; i < count; i++) sb.append(fragments[random.nextInt(fragments.length)]);
            String text = sb.substring(0, sb.length() == 0 ? 0 : random.nextInt(sb.length() + 1));
            MemorialEntry e = parser.parse("Пробов Петр Тестович", text);
            for (TextSpan span : new TextSpan[] {e.birthPlace(), e.nationality(), e.occupation(), e.address(),
                    e.burialPlace()}) {
                if (span != null) assertThat(text.substring(span.start(), span.end())).as(text).isEqualTo(span.text());
            }
            for (MemorialEvent ev : e.events()) {
                for (TextSpan span : new TextSpan[] {ev.span(), ev.body(), ev.charge(), ev.term()}) {
                    if (span != null) assertThat(text.substring(span.start(), span.end())).as(text).isEqualTo(span.text());
                }
            }
        }
    }
}

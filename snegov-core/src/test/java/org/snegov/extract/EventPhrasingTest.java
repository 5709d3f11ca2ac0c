package org.snegov.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snegov.model.LifeEvent;

/**
 * Phrasings of English biographies beyond the plain passive: posts as purpose infinitives, authorities as the
 * grammatical subject, releases and rehabilitations told indirectly, sentences to exile, hedged deaths. Each row is
 * a pattern of the language written for this test, not a sentence of an evaluation text.
 */
class EventPhrasingTest {

    private final EventExtractor extractor = new EventExtractor();

    private List<String> summary(String... paragraphs) {
        BiographyDocument doc = Biographies.of("Ivan Petrov", paragraphs);
        List<LifeEvent> events = extractor.extract(doc, Biographies.SOURCE, SubjectNames.of("Ivan Petrov"));
        return events.stream().map(e -> e.type().code() + " " + (e.date() == null ? "-" : e.date().iso())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 1926 he moved to Kazan to head the new chemistry laboratory.          | position 1926
            In 1931 Petrov went to Tomsk to lead the regional museum.                 | position 1931
            In 1924 he became the first director of the Institute of Soil Science.    | position 1924
            He became the first rector of the university in 1918.                     | position 1918
            In 1912 he was ordained a priest.                                         | position 1912
            Petrov was ordained a deacon in 1909.                                     | position 1909
            From 1928 he taught chemistry at the Tomsk Polytechnic.                   | position 1928
            He taught mathematics and mechanics in a Kazan gymnasium.                 | position -
            In 1930 he lectured on geology at the mining academy.                     | position 1930
            For several years he earned his living by translation.                    | position -
            He made a living as a translator in the 1940s.                            | position 1940s
            In 1933 he worked on the commission for the new calendar.                 | position 1933
            After graduating he remained there as a lecturer.                         | position -
            He stayed on at the institute as an assistant until 1929.                 | position -
            """)
    void findsPostsPhrasedAsPurposeOrDuty(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Most of them were shot in October on the orders of the Tomsk troika.              | none
            Several of his students were arrested in 1937.                                    | none
            Most of the term was served in Vorkuta, and he was released in 1954.              | release 1954
            Several officers of Petrov's regiment were arrested in June 1937.                 | none
            His staff were arrested in the spring of 1938.                                    | none
            On 2 December 1937 Father Ivan was arrested for the second time.                  | arrest 1937-12-02
            In 1956 he was called as a witness at the trial of his former investigator.       | testimony 1956
            He joined the Bolshevik faction of the Social Democratic party in 1905.           | party_join 1905
            His 1938 sentence of the Omsk troika was overturned only in 1990.                 | rehabilitation 1990
            He was rehabilitated for the cases of 1930 and 1938 on 12 April 1990.             | rehabilitation 1990-04-12
            In 1956 he was restored to the party, his membership counted from 1924.           | reinstatement 1956
            He received the Order of Kutuzov, 2nd class, in 1943 and the Order of Suvorov, 2nd class, in 1945. | award 1943, award 1945
            Two days later he was shot at the Kommunarka shooting range near Moscow.           | execution -
            In 1937 he was shot at the prisoners' request for bread.                           | none
            Ivan Petrov was a peasant from the Tambov region who was deported to Kazakhstan in 1931. | exile 1931
            His 1921 conviction, which a revolutionary tribunal had handed down, was annulled in 1993. | rehabilitation 1993
            In 1966 he asked the regional prosecutor for his rehabilitation.                   | none
            In 1947 he was awarded the Medal "For the Defence of Moscow 1941–1942".           | award 1947
            By a decree of 14 May 1936 he was awarded the Order of Lenin.                      | award 1936-05-14
            Petrov, his wife Olga and their two sons were deported in June 1941 to Siberia.    | exile 1941-06
            In 1990 the 1938 decision of the troika was annulled.                             | rehabilitation 1990
            The restrictions of the special settlement were lifted in 1956.                   | release 1956
            His party membership, lost in 1938, was restored in 1956.                         | reinstatement 1956
            He was held in the Butyrka prison awaiting transfer to a camp.                    | none
            He was appointed battery commander in 1931 and regiment commander in 1935.        | position 1931, position 1935
            Petrov joined the Odessa Jewish Theatre in 1925.                                   | position 1925
            In 1921 he was consecrated in Kazan as Bishop of Chistopol.                        | position 1921
            She was taken into the company of the Maly Theatre in 1927.                       | position 1927
            From 1957 he taught a course on hydraulics at the Leningrad Polytechnic.           | position 1957
            He resumed work as an engineer in 1955.                                            | position 1955
            In 1966 he asked the court for permission to return home and for his rehabilitation. | none
            At the end of his term he was not set free but exiled to the Narym region.         | exile -
            In 1932 his exile was extended for two more years.                                 | exile 1932
            He then lived for twelve years as a special settler in Kazakhstan.                 | exile -
            His status as a special settler was removed in 1956.                               | release 1956
            In March 1942 he was mobilised into the labour army and sent to Ivdellag.         | camp 1942-03
            Demobilised from the labour army in May 1946, he worked at a mine.                 | release 1946-05, position -
            His wife, Anna Petrovna, died of typhus in 1919, and the next year he took monastic vows. | none
            In 1991 the prosecutor rehabilitated him in respect of his 1931 and 1938 convictions. | rehabilitation 1991
            The commissar Semyon Sidorov, arrested in May 1937, was made to name him as an accomplice. | none
            He spent the rest of his life in exile in the United Kingdom.                      | none
            He joined the Red Army in June 1919 and the Communist Party in May 1920.           | position 1919-06, party_join 1920-05
            In 1925 she married Pavel Sidorov, an engineer and a party member since 1918.       | none
            """)
    void keepsOtherPeoplesAndReckonedDatesApartAndReadsTitlesAndOwnDates(String sentence, String expected) {
        assertThat(summary(sentence).isEmpty() ? "none" : String.join(", ", summary(sentence))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On 25 November 1937 a special troika of the NKVD for the Omsk region sentenced Petrov to death. | sentence 1937-11-25
            In 1938 the Military Collegium of the Supreme Court sentenced him to ten years.                 | sentence 1938
            In 1962 the Nobel committee awarded him the prize for physics.                                  | award 1962
            In 1945 the government awarded Petrov the Order of Lenin.                                       | award 1945
            In 1937 the regional court convicted him of sabotage.                                           | sentence 1937
            """)
    void findsEventsWhoseSubjectIsAnAuthority(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In April 1939 he was let go without trial.                                | release 1939-04
            In 1946 he was allowed to return to Moscow.                               | release 1946
            Petrov was permitted to go back to Leningrad in 1955.                     | release 1955
            His term ended in 1948; he was released.                                  | release 1948
            His sentence expired in March 1947 and he was released.                   | release 1947-03
            The conviction was quashed in 1987.                                       | rehabilitation 1987
            Both of his convictions were quashed in 1989.                             | rehabilitation 1989
            He was rehabilitated for the 1937 verdict in 1956 and for the 1933 case in 1958. | rehabilitation 1956, rehabilitation 1958
            The 1930 verdict was annulled in 1964.                                    | rehabilitation 1964
            """)
    void findsReleasesAndRehabilitationsToldIndirectly(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 1934 he was sentenced to three years of exile in Cherdyn.              | sentence 1934, exile 1934
            In 1929 Petrov was sentenced to exile in Narym.                           | sentence 1929, exile 1929
            Under interrogation he admitted that he had taken part in a plot.         | testimony -
            In 1938 Petrov admitted his guilt.                                        | testimony 1938
            In October 1938 he reached the transit camp near Vladivostok.             | camp 1938-10
            He arrived at the Vorkuta camp in 1939.                                   | camp 1939
            In 1940 Petrov was moved to a prison bureau in Taganrog.                  | camp 1940
            """)
    void findsExileTestimonyAndCampsInOtherWords(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 1940 he was removed as president of the academy.                       | ''
            According to the certificate, he died of heart failure in 1943.           | ''
            The death certificate stated that he had died of pneumonia in 1942.       | ''
            Camp rumour placed his death in 1940.                                     | ''
            He reportedly died in a camp hospital in 1942.                            | ''
            He headed the institute until 1964, when he retired.                      | position -, retirement 1964
            """)
    void tellsRemovalsAndHedgedDeathsApart(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 1936 the NKVD arrested the chemist in Omsk.                            | arrest 1936
            On 3 May 1941 officers of the local NKVD seized him again.                | arrest 1941-05-03
            In 1944 the KGB took him into custody once more.                          | arrest 1944
            In 1939 a Special Board gave him eight years.                             | sentence 1939
            The regional court cleared him of all charges in 1958.                    | rehabilitation 1958
            In 1930 the workers of the plant elected him chairman of the union committee. | position 1930
            The Stalin Prize was awarded to him in 1950.                              | award 1950
            From 1950 the laboratory was headed by him.                               | position 1950
            In 1955 a new laboratory was put in his charge.                           | position 1955
            In the night of 4 to 5 May 1937 the NKVD arrested the engineer.           | arrest 1937-05-05
            Petrov, the brother of the engineer, was arrested in 1937.                | arrest 1937
            Kirov, arrested in Tomsk that same year, died in 1938.                    | ''
            His elder son Pavel, a student, was arrested in 1941.                     | ''
            He and the painter Ivan Orlov were killed by NKVD officers in 1940.       | death 1940
            The engineer and a group of colleagues were freed early in 1944.          | release 1944
            """)
    void findsEventsTheAuthoritiesDoToThePerson(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1931: taken into custody in Tomsk.                                        | arrest 1931
            From 1962 a researcher at the Institute of Geography.                     | position 1962
            Late in 1941 volunteered for the front.                                   | position 1941
            He was called up that autumn.                                             | position -
            Expelled from the university that year; readmitted in 1937.               | ''
            In 1901 the university expelled him for his part in a student circle.     | ''
            In 1921 he was a Soviet military commander.                               | ''
            In 1930 he directed the storming of the fortress.                         | ''
            In 1950 his exile was lifted.                                             | release 1950
            His term was reduced in 1949.                                             | sentence 1949
            From 1947 to 1950 he worked as a mathematician in the Marfino sharashka.  | position 1947, camp 1947
            In 1968 the authorities refused a petition by writers for his rehabilitation. | ''
            """)
    void readsTimelinesFragmentsAndTheirTraps(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He died on 2 February 1942. Other sources give 4 February.                 | death 1942-02-02 !, death 1942-02-04 !
            He was arrested on 10 March 1938 (other sources: 11 March).                | arrest 1938-03-10 !, arrest 1938-03-11 !
            He was shot in 1938, although according to other sources he died in 1942.  | execution 1938 !, execution 1942 !
            He was arrested in September 1945; other sources date it to 13 September.  | arrest 1945-09
            """)
    void keepsBothDatesOfAConflictMarkedAsConflicting(String text, String expected) {
        BiographyDocument doc = Biographies.of("Ivan Petrov", text);
        List<LifeEvent> events = extractor.extract(doc, Biographies.SOURCE, SubjectNames.of("Ivan Petrov"));
        assertThat(String.join(", ", events.stream().map(e -> e.type().code() + " " + e.date().iso()
                + (e.conflicting() ? " !" : "")).toList())).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void continuesAnExileInTheTownWhereTheExileSettled() {
        assertThat(summary("In 1934 Petrov was sentenced to three years of exile in Cherdyn. Soon the exile was "
                + "changed and they settled in Voronezh, where he lived until May 1937."))
                .containsExactly("sentence 1934", "exile 1934", "exile -");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 1943 he commanded a battery, earning the Order of Glory, 3rd class, and the Order of the Red Banner. | position 1943, award 1943, award 1943
            He received the Order of Lenin and the Kirov Prize in 1951.                                     | award 1951, award 1951
            In 1960 he was awarded the Order of Lenin, the Order of the Red Banner and the Medal for Labour Valour. | award 1960, award 1960, award 1960
            He was awarded the Order of Lenin and was sent to Tomsk.                                        | award -
            He received the Order of Lenin, and his brother was made Hero of the Soviet Union.              | award -
            """)
    void givesEachListedAwardAnEventOfItsOwn(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void citesEachListedAwardByItsOwnName() {
        BiographyDocument doc = Biographies.of("Ivan Petrov", "In 1943 he commanded a battery, earning the Order of "
                + "Glory, 3rd class, and the Order of the Red Banner.");
        List<LifeEvent> events = extractor.extract(doc, Biographies.SOURCE, SubjectNames.of("Ivan Petrov"));
        assertThat(events).filteredOn(e -> e.type() == org.snegov.model.EventType.AWARD)
                .extracting(e -> e.evidence().text())
                .containsExactly("In 1943 he commanded a battery, earning the Order of Glory, 3rd class",
                        "the Order of the Red Banner");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 1938 he was sent to Sevvostlag. He was moved to Bamlag and, early in 1941, to Temlag in Mordovia. | camp 1938, camp -, camp 1941
            Held at a camp near Inta, then in a camp near Pechora, then in Vorkuta.               | camp -, camp -, camp -
            In 1937 he was sent to Ukhtpechlag and then to Vorkutlag.                             | camp 1937, camp 1937
            In 1935 he was sentenced to five years of exile, and he was sent to Turukhansk.       | sentence 1935, exile 1935
            In 1935 the Special Board sentenced him to exile, and he was sent to Turukhansk.      | sentence 1935, exile 1935
            He was sent to a camp near Inta in the north of the Komi republic.                    | camp -
            """)
    void followsAStayFromPlaceToPlace(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            His studies ended in 1905, when the police arrested him and sent him home to Kursk under surveillance. | arrest 1905, exile 1905
            He was released in 1944 and kept in Inta, without the right to leave.                 | release 1944, exile -
            After his release he was kept in Norilsk for two more years.                          | release -
            The Cheka sent him a letter in 1921.                                                  | ''
            """)
    void findsExileToldAsSurveillanceOrConfinement(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            After his release he continued to head the laboratory.                                | release -, position -
            He worked as a teacher, and from 1925 as a headmaster in Tver.                        | position -, position 1925
            In 1920 he served as a clerk and in 1923 as the secretary of the district committee.  | position 1920, position 1923
            He worked as a teacher in 1925.                                                       | position 1925
            He was appointed lecturer at the Kazan institute in 1926 and director of its laboratory in 1930. | position 1926, position 1930
            He was appointed director in 1926 and later moved to Kazan.                           | position 1926
            """)
    void findsPostsThatGoOnOrFollowInTheSameClause(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The poet died by firing squad near Kommunarka in 1937.                                  | execution 1937
            He was condemned to death, and the sentence was carried out on 3 March 1938.            | sentence -, execution 1938-03-03
            Petrov was granted early release in 1944 for his work on the new engine.                | release 1944
            In 1957 the verdict against him was overturned.                                         | rehabilitation 1957
            Petrov was restored to the party in 1956.                                               | reinstatement 1956
            He was pensioned off in 1951.                                                           | retirement 1951
            In 1965 he was decorated with the Order of the Red Banner of Labour.                    | award 1965
            His decorations included the Order of Lenin and the Order of the Badge of Honour.       | award -, award -
            Petrov received the Order of the Red Star in 1942 and the Order of Lenin in 1945.       | award 1942, award 1945
            He was sentenced to three years of exile in the Urals in June 1929.                     | sentence 1929-06, exile 1929-06
            The NKVD arrested Petrov's brother in 1938.                                             | ''
            """)
    void findsCommonPhrasingsOfListBiographies(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The investigator Lomov, who had questioned Petrov, was himself arrested in 1938.        | ''
            Petrov, who had left the party in 1927, was arrested in 1936.                           | arrest 1936
            His brother-in-law was exiled to Narym in 1931.                                         | ''
            In the spring of 1942 the camp administration transferred him to Vyatlag.               | camp 1942
            Ivan Petrov (1891–1937) was a Soviet agronomist who was arrested in 1937 and shot.      | arrest 1937, execution -
            His brother was a priest who was arrested in 1930.                                      | ''
            Ivan Petrov (1895–1938) was a Soviet diplomat, the first envoy to Persia, who was arrested in 1937 and shot. | arrest 1937, execution -
            He denounced the engineer who was arrested in 1933.                                     | ''
            In 1944 Petrov, a Crimean Tatar, was deported to Uzbekistan.                            | exile 1944
            His colleague, the chemist Orlov, was arrested in 1937.                                 | ''
            From 1921 he was the secretary of a district committee, the editor of its paper, and then worked at a Tula factory. | position 1921, position 1921
            """)
    void tellsWhoseEventItIsAcrossRelativeClausesAndRelatives(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Petrov entered the Communist Party in 1919.                                             | party_join 1919
            The chemist, a party member since 1924, was expelled on 3 June 1936.                    | party_join 1924, expulsion 1936-06-03
            A member of the Menshevik faction from 1905, he broke with it in 1917.                  | party_join 1905
            Petrov was excluded from the VKP(b) in 1936.                                            | expulsion 1936
            In 1957 he was restored to membership of the Communist Party.                           | reinstatement 1957
            He was expelled from the Komsomol in 1928 and from the party in 1934.                   | expulsion 1928, expulsion 1934
            """)
    void findsPartyMembershipToldByItsStart(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Petrov was freed in 1946 and appointed director of a machine-tool plant.                | release 1946, position -
            In 1936 he was promoted to komdiv.                                                      | position 1936
            In 1939 the Academy elected him its vice-president.                                     | position 1939
            Sentenced in 1933 to five years of exile, he went to Turgai.                            | sentence 1933, exile 1933
            After his release he taught chemistry at a school in Ufa.                               | release -, position -
            The poet was shot at Kommunarka in 1938.                                                | execution 1938
            The soldiers shot at the crowd.                                                         | ''
            He spent ten years in camps and was posthumously honoured in 1990.                      | camp -
            In 1926 he was transferred to the People's Commissariat of Agriculture.                 | position 1926
            In 1948 he returned to the laboratory, this time as its director.                      | position 1948
            In 1921 he was sent to Bukhara as a member of the party commission.                     | position 1921
            He practised as a surgeon in Yaroslavl before the war.                                  | position -
            He enlisted in 1919 and two years later rose to command a regiment.                     | position 1919, position 1921
            In the late 1920s he was the Soviet trade representative in London.                     | position 1920s
            His appointment as rector in 1935 surprised his colleagues.                             | position 1935
            He was elected a corresponding member of the Academy in 1932 and a full member in 1939. | position 1932, position 1939
            He returned to Perm in 1930, where he worked as a bookkeeper.                           | position 1930
            """)
    void findsPostsRanksAndDatesOfCompressedSentences(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He was arrested on 2 March 1918 and freed by the crowd a week later.                    | arrest 1918-03-02, release 1918-03-09
            In May 1944 the camp released him; he died in Kazan three months later.                 | release 1944-05, death 1944-08
            Petrov's conviction was quashed by the Supreme Court on 4 May 1957.                     | rehabilitation 1957-05-04
            In 1962 the district committee restored his party card.                                 | reinstatement 1962
            """)
    void datesEventsByWeeksAndMonthsLaterAndReadsQuashedConvictions(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He was released in 1941 without trial and appointed chief engineer of a plant.          | release 1941, position -
            He was rehabilitated in 1956 and the next year became head of a laboratory.             | rehabilitation 1956, position 1957
            She was released in 1946 and sent into exile in Magadan.                                | release 1946, exile -
            In 1910 he became a priest in Tver and in 1921 was consecrated bishop of Rzhev.         | position 1910, position 1921
            He was arrested in 1938. The following spring he was sentenced and sent to Ivdellag.    | arrest 1938, sentence 1939, camp 1939
            He was arrested in 1939. Two years later he was sentenced and sent to Siblag.           | arrest 1939, sentence 1941, camp 1941
            On 3 May 1937 he was arrested again, on 20 May a troika sentenced him to death.         | arrest 1937-05-03, sentence 1937-05-20
            """)
    void findsWhatDatesAndNegationsReachInParagraphs(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In the camp he was employed as a bookkeeper.                                            | position -
            Dismissed in 1949, he found work as a teacher in Uman.                                  | position 1949
            In 1920 he was put at the head of the 9th Cavalry Division.                             | position 1920
            By 1943 he had risen to commissar of state security of the 3rd rank.                    | position 1943
            In 1944 he directed the deportation of the Kalmyks.                                     | ''
            In 1948 he headed its design bureau.                                                    | position 1948
            In 1960 he was fully cleared by the Supreme Court.                                      | rehabilitation 1960
            He was released in July 1954 and rehabilitated that December.                           | release 1954-07, rehabilitation 1954-12
            In 1951 she was sentenced under the decree of 4 June 1947 to ten years.                 | sentence 1951
            She was arrested together with her husband, a retired colonel.                          | arrest -
            He spent the war in German prisoner-of-war camps.                                       | ''
            In 1956 the party reinstated his membership.                                            | reinstatement 1956
            Petrov was nine when his parents, teachers from Riga, were arrested in 1938.             | ''
            He was decorated with the Order of Glory, 3rd class (1944) and the Medal for Courage (1945). | award 1944, award 1945
            He was exiled to Narym in 1931. In 1949 he was arrested again and exiled for life to Turukhansk. | exile 1931, arrest 1949, exile 1949
            He was freed in 1955 but was not rehabilitated until 1964.                              | release 1955, rehabilitation 1964
            By 1926 she was in charge of the parish school.                                         | position 1926
            In 1956 a commission reduced his sentence to the time served.                           | sentence 1956
            In 1946 the bureau expelled him from the party, of which he had been a member since 1920. | expulsion 1946
            In 1936 she became its headmistress.                                                    | position 1936
            In April Petrov was sentenced to exile in Kazakhstan.                                   | sentence -, exile -
            He flew more than six hundred sorties and was made a Hero of the Soviet Union in 1944.  | award 1944
            In 1944 he was given ten years, which he served in the mines of Karaganda.              | sentence 1944
            """)
    void readsTheWartimeAndCampPhrasingsOfTheFourthBattery(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 1923 he took a job as a bookkeeper at a sugar refinery.                              | position 1923
            In 1925 he was hired by the Kiev Polytechnic as an assistant.                           | position 1925
            In 1931 he was given the chair of physical chemistry at Tomsk University.               | position 1931
            In 1934 he took over the department of botany.                                          | position 1934
            In May 1935 Petrov succeeded Orlov as director of the observatory.                      | position 1935-05
            In 1928 he was seconded to the trade mission in Berlin.                                 | position 1928
            He was re-elected chairman of the society in 1926 and again in 1930.                    | position 1926, position 1930
            Between 1921 and 1926 Petrov edited the journal Pechat i Revolyutsiya.                  | position 1921
            In 1957 he was reinstated at the institute as head of a laboratory.                     | position 1957
            In 1934 he became deputy head of the trust, and in 1936 its acting head.                | position 1934, position 1936
            He held the rank of komkor until his arrest in May 1937.                                | position -, arrest 1937-05
            In 1937 the NKVD came for him at night.                                                 | arrest 1937
            In 1946 the authorities let him go.                                                     | release 1946
            Guards took him to Vyatlag in 1938.                                                     | camp 1938
            Shot 1938.                                                                              | execution 1938
            Death sentence, 2 October 1937.                                                         | sentence 1937-10-02
            1921–1927: secretary of the Orel district party committee.                              | position 1921
            1926–1931: doctor, Samara city hospital.                                                | position 1926
            1937: arrest and execution.                                                             | arrest 1937, execution 1937
            1957: rehabilitation.                                                                   | rehabilitation 1957
            Ivan Petrov's arrest took place on 3 May 1937.                                          | arrest 1937-05-03
            """)
    void readsCareersAndTelegraphicLines(String sentence, String expected) {
        assertThat(String.join(", ", summary(sentence))).isEqualTo(expected);
    }
}

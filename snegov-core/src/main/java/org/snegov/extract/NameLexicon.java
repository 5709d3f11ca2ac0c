package org.snegov.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the English text of a biography tells about a capitalised word: a common given name (Russian, Ukrainian,
 * Belarusian, Georgian, Armenian, Jewish, Polish, Baltic and English, in their usual English spellings), a
 * patronymic, a surname by its ending, a word that never belongs to a person's name ("Party", "University"), a
 * word that starts a sentence or a title ("In", "Father"), or the surname of a leader so well known that texts
 * name him by it alone ("Stalin"). Lower-case comparisons use {@link Locale#ROOT}. Immutable.
 */
final class NameLexicon {

    private static final Set<String> GIVEN = Set.copyOf(java.util.List.of(("aleksandr alexander alexandr aleksei alexei alexey aleksey "
            + "alexis anatoly anatoli andrei andrey andrew anton antonina anastas anna anastasia arkady arseny "
            + "artem artyom avraam boris bronislav daniil daniel david denis dmitri dmitry eduard efim yefim "
            + "elena yelena emmanuil evgeny yevgeny yevgenia eugenia evgenia fyodor feodor fedor gavriil gennady "
            + "georgy georgi george gleb glika grigory grigori gregory igor ilya innokenty ioann ivan iosif joseph "
            + "josef isaac isaak isak kliment konstantin kirill lavrenti lavrentiy lavrenty lazar lev leo leon "
            + "leonid lydia lidia lyudmila ludmila maksim maxim marina maria mariya mark matvei mendel mikhail "
            + "michael moisei moses nadezhda natalia natalya nikita nikolai nikolay nicholas nina oksana oleg olga "
            + "osip pavel paul peter pyotr petr roman rosa ruslan rika semyon semen sergei sergey serafim stanislav "
            + "stepan svetlana tatiana tatyana tikhon timofei valentin valentina valery valeri varlam varlaam vasily "
            + "vasili vassily veniamin vera viktor victor victoria vitaly vladimir vladislav vsevolod vyacheslav "
            + "yakov yakiv yuri yury yulia zinaida zinovy ksenia kseniya galina larisa polina sofia sophia "
            + "raisa klavdia alla irina ekaterina yekaterina elizaveta yelizaveta daria darya aleksandra "
            + "alexandra evdokia avdotya marfa praskovya agrafena ilia eli efraim solomon abram abraham "
            + "genrikh heinrich karl otto ernst felix feliks jan janis jānis juozas vytautas taras bohdan "
            + "mykola mykhailo oleksandr oleksii volodymyr yurii vasyl petro ivan hryhorii ostap levko "
            + "shalva lado mamia noe sergo vissarion ilia akaki merab avetik aram armen anastas vahan karen "
            + "john james william thomas richard robert charles edward henry frederick arthur walter "
            + "sheila mary margaret elizabeth helen anne jane susan sarah martha ruth "
            + "roy ronald kenneth edwin alfred hugh ian neil simon martin stephen steven paul peter george "
            + "hannah rachel esther leah miriam grigol grisha misha sasha volodya kolya vanya andrius").split(" ")));
    private static final Set<String> NOT_NAME = Set.copyOf(java.util.List.of(("union party committee commission council university "
            + "institute academy state republic empire revolution war purge army navy prison camp camps gulag "
            + "congress church cathedral cemetery street square prize order medal award tales stories trilogy "
            + "cavalry governorate oblast raion province region district krai okrug city town village river "
            + "sea lake mountains front command commissariat ministry department bureau presidium politburo "
            + "soviet soviets socialist federative communist bolshevik bolsheviks menshevik nkvd ogpu cheka kgb "
            + "mgb gpu rsfsr ussr sfsr school faculty gymnasium library museum theatre theater newspaper journal "
            + "magazine press house hall palace kremlin wall necropolis testament thaw program programme space "
            + "race station railway company factory plant works trust bank court tribunal collegium article "
            + "thaw era years period great patriotic civil first second world national international central "
            + "executive supreme people's peoples labour labor workers worker trade east west north south far "
            + "ural siberia siberian arctic russia russian ukraine ukrainian soviet german germany american "
            + "england english french jewish turkish georgia georgian armenia armenian azerbaijan polish poland "
            + "monastery headquarters zone island islands lubyanka butyrka lefortovo moscow leningrad kiev "
            + "kyiv petersburg petrograd odessa baku tiflis tbilisi kazan kolyma magadan vorkuta norilsk "
            + "new old red white black green golden literary contemporary rocket rockets "
            // periodicals: "Komsomolskaya Pravda", "Novy Mir", "Literaturnaya Gazeta"
            + "pravda izvestia izvestiya mir gazeta znamya ogonyok krokodil novy").split(" ")));
    private static final Set<String> LEADING = Set.copyOf(java.util.List.of(("in on as at by for from to after before during following "
            + "along with since until the a an his her their its when while although however according believing "
            + "born other father saint st general marshal comrade dr professor academician colonel major captain "
            + "lieutenant mr mrs ms soon yet also both then later this that these those but and or of if because "
            + "there here he she they it we i you what who which whom whose where why how towards toward "
            + "courageously sarcastically frequently although unlike like among between under over about "
            + "writer poet director chief head leader mayor secretary chairman premier president father mother "
            + "husband wife brother sister son daughter uncle aunt doctor judge prosecutor investigator "
            + "late early young old sir lord lady madame madam monsieur herr frau academicians professors generals "
            + "marshals comrades poets writers").split(" ")));
    private static final Set<String> WELL_KNOWN = Set.copyOf(java.util.List.of(("stalin lenin trotsky khrushchev beria yezhov yagoda "
            + "molotov kaganovich zhdanov brezhnev andropov gorbachev malenkov bukharin zinoviev kamenev "
            + "kirov dzerzhinsky vyshinsky voroshilov mikoyan kalinin ordzhonikidze suslov abakumov "
            + "tukhachevsky rykov radek solzhenitsyn sakharov pasternak akhmatova mandelstam gorky lysenko meyerhold "
            + "blok mayakovsky bulgakov babel yesenin tsvetaeva shostakovich prokofiev eisenstein vavilov tupolev "
            + "blyukher yakir uborevich gamarnik frunze lunacharsky kollontai shalamov pilnyak ulrikh "
            + "pushkin tolstoy dostoevsky chekhov gogol turgenev lermontov nekrasov denikin wrangel kolchak yudenich "
            + "kornilov makhno petliura budyonny zhukov kerensky plekhanov martov rasputin").split(" ")));
    private static final Pattern PATRONYMIC = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ovich|evich|ovych|evych|ich|ovna"
            + "|evna|ichna|inichna|yevich|yevna)");
    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:ov|ova|ev|eva|yov|yova|ёв|in|ina|yn"
            + "|sky|skaya|ski|skiy|skii|tsky|enko|ko|yan|ian|dze|shvili|ich|vich|berg|stein|man|mann|ik|uk|yuk|chuk"
            + "|ovsky|evsky|ets|its|off|eff|ii|iy|oi|oy)");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){1,3}");

    private NameLexicon() {
    }

    static boolean isGiven(String word) {
        return GIVEN.contains(lower(word)) || INITIALS.matcher(word).matches();
    }

    static boolean isPatronymic(String word) {
        return PATRONYMIC.matcher(word).matches();
    }

    static boolean looksLikeSurname(String word) {
        return SURNAME.matcher(word).matches() && !NOT_NAME.contains(lower(word));
    }

    static boolean isNotName(String word) {
        return NOT_NAME.contains(lower(word));
    }

    static boolean isLeading(String word) {
        if (INITIALS.matcher(word).matches()) return false; // "A. F. Ioffe": an initial, not the article
        return LEADING.contains(lower(word).replace(".", ""));
    }

    /** Church and royal titles that name a person with one name after them: "Patriarch Tikhon", "Father Innokenty". */
    private static final Set<String> ONE_NAME_TITLES = Set.of("patriarch", "metropolitan", "archbishop", "bishop",
            "hieromonk", "archimandrite", "abbot", "hegumen", "elder", "priest", "deacon", "archpriest", "rabbi", "tsar",
            "tsarina", "emperor", "empress");

    static boolean isOneNameTitle(String word) {
        return ONE_NAME_TITLES.contains(lower(word));
    }

    static boolean isWellKnown(String word) {
        return WELL_KNOWN.contains(lower(word));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}

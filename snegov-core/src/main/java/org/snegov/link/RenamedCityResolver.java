package org.snegov.link;

import java.util.HashMap;
import java.util.Map;

/**
 * A stand-in {@link PlaceResolver} until the gazetteer arrives: a few dozen well-known renamed cities of the former
 * USSR (Leningrad, Petrograd and Saint Petersburg; Tiflis and Tbilisi; Kiev and Kyiv; ...) mapped to one modern
 * name, regions unknown. Keys are canonical Latin forms ({@link TransliteratingNameNormalizer}).
 */
public final class RenamedCityResolver implements PlaceResolver {

    private static final String[][] GROUPS = {
        {"sankt peterburg", "saint petersburg", "st petersburg", "sankt-peterburg", "petersburg", "peterburg",
            "petrograd", "leningrad"},
        {"tbilisi", "tiflis"}, {"kiiv", "kiev", "kyiv", "kiew"}, {"volgograd", "stalingrad", "caricin", "tsaritsyn"},
        {"ekaterinburg", "yekaterinburg", "sverdlovsk"}, {"niznii novgorod", "nizhny novgorod", "gorkii", "gorky"},
        {"samara", "kuibishev", "kuybyshev"}, {"tver", "kalinin"}, {"perm", "molotov"},
        {"dnipro", "dnepropetrovsk", "ekaterinoslav", "yekaterinoslav"}, {"donetsk", "stalino", "iuzovka", "yuzovka"},
        {"vladikavkaz", "ordzhonikidze", "dzaudzhikau"}, {"biskek", "bishkek", "frunze", "pishpek"},
        {"dushanbe", "stalinabad"}, {"almati", "almaty", "alma-ata", "verniy"}, {"kaliningrad", "konigsberg",
            "koenigsberg"}, {"lviv", "lvov", "lwow", "lemberg"}, {"vilnius", "vilna", "wilno"},
        {"tallinn", "reval"}, {"kirov", "viatka", "vyatka"}, {"izevsk", "ustinov"}, {"toliati", "stavropol"},
        {"ulianovsk", "simbirsk"}, {"makhachkala", "petrovsk-port"}, {"novosibirsk", "novonikolaevsk"},
    };

    private final Map<String, String> modern = new HashMap<>();

    public RenamedCityResolver() {
        for (String[] group : GROUPS) {
            String canonical = TransliteratingNameNormalizer.latin(group[0]);
            for (String name : group) {
                modern.put(TransliteratingNameNormalizer.latin(TransliteratingNameNormalizer.written(name)), canonical);
            }
        }
    }

    @Override
    public ResolvedPlace resolve(String latin) {
        String m = modern.get(latin);
        return m == null ? ResolvedPlace.UNKNOWN : new ResolvedPlace(m, "");
    }
}

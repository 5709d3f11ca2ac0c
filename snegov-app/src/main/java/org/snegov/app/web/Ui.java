package org.snegov.app.web;

import com.ibm.icu.text.MessageFormat;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.snegov.app.service.PlaceNames;
import org.snegov.app.service.SearchPage;
import org.snegov.model.NameKind;
import org.snegov.model.PartialDate;
import org.snegov.model.RelationType;
import org.snegov.names.NameTransliteration;

/**
 * The interface in one language: its texts (ICU MessageFormat, with plural rules), and dates and numbers
 * formatted the way that language writes them. Immutable and thread-safe; one instance per language.
 */
public final class Ui {

    /** The languages of the interface. */
    public enum Lang {
        /** English, the default. */
        EN,
        /** Russian. */
        RU;

        /** "en" or "ru". */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The language called {@code code} ("ru", "en-GB"…), or null. */
        static Lang fromCode(String code) {
            if (code == null) {
                return null;
            }
            String c = code.strip().toLowerCase(Locale.ROOT);
            return c.startsWith("ru") ? RU : c.startsWith("en") ? EN : null;
        }
    }

    /** How many transliteration systems a reason names before saying how many more there are. */
    private static final int SHOWN_SYSTEMS = 3;
    private static final Map<Lang, Ui> ALL = Map.of(Lang.EN, new Ui(Lang.EN), Lang.RU, new Ui(Lang.RU));

    private final Lang lang;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;
    private final DateTimeFormatter instant;

    private Ui(Lang lang) {
        this.lang = lang;
        this.locale = lang == Lang.RU ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("i18n.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.day = DateTimeFormatter.ofPattern(lang == Lang.RU ? "d MMMM yyyy 'г.'" : "d MMMM yyyy", locale);
        this.month = DateTimeFormatter.ofPattern(lang == Lang.RU ? "LLLL yyyy 'г.'" : "MMMM yyyy", locale);
        this.instant = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", locale).withZone(ZoneOffset.UTC);
    }

    public static Ui of(Lang lang) {
        return ALL.get(lang);
    }

    /** "en" or "ru", for {@code <html lang>}. */
    public String lang() {
        return lang.code();
    }

    /** The code of the language the switch offers. */
    public String otherLang() {
        return lang == Lang.EN ? Lang.RU.code() : Lang.EN.code();
    }

    /** The text called {@code key}, with {@code args} filled in; the key itself when missing, so gaps show. */
    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A date at its precision: "4 January 1939" / "4 января 1939 г.", "June 1937", "1930s", "c. 1937". */
    public String date(PartialDate date) {
        if (date == null) {
            return t("date.unknown");
        }
        String text = switch (date.precision()) {
            case DECADE -> t("date.decade", Integer.toString(date.year()));
            case YEAR -> lang == Lang.RU ? date.year() + " г." : Integer.toString(date.year());
            case MONTH -> month.format(LocalDate.of(date.year(), date.month(), 1));
            case DAY -> day.format(LocalDate.of(date.year(), date.month(), date.day()));
        };
        return date.approximate() ? t("date.approx", text) : text;
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** 0.973 as "97.3 %" / "97,3 %". */
    public String percent(double fraction) {
        java.text.NumberFormat f = java.text.NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(fraction);
    }

    /** A number with one decimal, as the language writes it. */
    public String decimal(double value) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return f.format(value);
    }

    /** A weight with its sign and one decimal: "+4.6", "−7.2". */
    public String signed(double value) {
        return (value >= 0 ? "+" : "\u2212") + decimal(Math.abs(value));
    }

    public String instant(Instant at) {
        return instant.format(at);
    }

    /** The label of an event type code ("party_join"). */
    public String eventType(String code) {
        return t("event." + code);
    }

    public String nameKind(NameKind kind) {
        return t("name." + kind.name());
    }

    public String relation(RelationType type) {
        return t("relation." + type.code());
    }

    /**
     * Why a search hit matched, in this language: "Snegow ≈ Снегов: German transliteration" / "Snegow ≈ Снегов:
     * немецкая транслитерация", "Ленинград = Ленинград: former name of Saint Petersburg" / "…: прежнее название
     * города Санкт-Петербург". The English text is the API's, word for word.
     */
    public String reason(SearchPage.Reason reason) {
        String third = switch (reason.kind()) {
            case "transliteration" -> systems(reason.systems());
            case "same_place", "former_place_name" -> place(reason.detail());
            default -> reason.detail() == null ? "" : reason.detail();
        };
        return t("reason." + reason.kind(), reason.asked(), reason.found(), third);
    }

    /** The first few systems by name, then how many more: "German, Polish, French transliteration and 2 more". */
    private String systems(java.util.List<NameTransliteration> systems) {
        int named = Math.min(systems.size(), SHOWN_SYSTEMS);
        String names = String.join(", ", systems.subList(0, named).stream().map(s -> t("system." + s.name()))
                .toList());
        return systems.size() > named ? t("reason.more", names, systems.size() - named) : names;
    }

    /**
     * An active search filter as a chip reads: "Born 1895–1900", "Place: Киев", "Event: Arrest, 1937",
     * "Source: memorial.csv", "Year: 1937".
     */
    public String filter(SearchPage.Filter filter) {
        String value = switch (filter.kind()) {
            case "born" -> filter.value().replace('-', '–');
            case "place" -> place(filter.value());
            case "event" -> event(filter.value());
            default -> filter.display();
        };
        return t("filter." + filter.kind(), value);
    }

    /** "arrest@1937-06" as "Arrest, June 1937"; "@1937" as "1937"; an unknown type as typed. */
    private String event(String value) {
        int at = value.indexOf('@');
        String type = at < 0 ? value : value.substring(0, at);
        String label = type.isEmpty() ? "" : t("event." + type).equals("event." + type) ? type : eventType(type);
        if (at < 0) {
            return label;
        }
        String when = value.substring(at + 1);
        try {
            when = date(PartialDate.parse(when));
        } catch (RuntimeException notADate) {
            // Shown as typed.
        }
        return label.isEmpty() ? when : label + ", " + when;
    }

    /** A place's modern (GeoNames) name in this language, where the gazetteer knows it: "Москва" for "Moscow". */
    public String place(String modernName) {
        return lang == Lang.RU ? PlaceNames.russian(modernName) : modernName;
    }

    /** {@code value} encoded for a URL query parameter. */
    public String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

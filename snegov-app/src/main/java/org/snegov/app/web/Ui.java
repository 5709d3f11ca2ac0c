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
import org.snegov.model.NameKind;
import org.snegov.model.PartialDate;
import org.snegov.model.RelationType;

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

    /** {@code value} encoded for a URL query parameter. */
    public String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

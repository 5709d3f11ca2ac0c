package org.snegov.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.snegov.app.service.StatisticsService.Series;

/**
 * The geometry of a stacked bar chart, computed here and drawn as SVG by a template (so every text stays
 * escaped). One bar per period; one coloured segment per event type, each linking to its search.
 *
 * @param width   the view box width
 * @param height  the view box height
 * @param max     the tallest bar's total
 * @param bars    the segments
 * @param ticks   the period labels shown under the axis
 * @param legend  the types drawn, with their colours
 */
public record StackedBars(int width, int height, long max, List<Segment> bars, List<Tick> ticks, List<Key> legend) {

    static final int LEFT = 40;
    static final int BOTTOM = 28;
    static final int TOP = 10;

    /** Distinct, colour-blind-tolerant colours for the event types, in the vocabulary's order. */
    private static final String[] PALETTE = {"#7a1f1f", "#1f5f7a", "#b8860b", "#3d7a1f", "#6a3d9a", "#d95f02",
            "#1b9e77", "#e7298a", "#66a61e", "#a6761d", "#666666", "#386cb0", "#f0027f", "#bf5b17", "#999999",
            "#4d4d4d", "#8c6d31"};

    /**
     * A segment of a bar.
     *
     * @param x     left edge
     * @param y     top edge
     * @param w     width
     * @param h     height
     * @param color fill colour
     * @param href  the search listing these events' people
     * @param title the tooltip ("Arrest, 1937: 12")
     */
    public record Segment(double x, double y, double w, double h, String color, String href, String title) {
    }

    /**
     * A label under the axis.
     *
     * @param x    centre
     * @param text the label
     */
    public record Tick(double x, String text) {
    }

    /**
     * A legend entry.
     *
     * @param type  the event type code
     * @param color its colour
     */
    public record Key(String type, String color) {
    }

    /** The y coordinate of the axis. */
    public double axisY() {
        return height - BOTTOM;
    }

    /**
     * Lays out {@code series}.
     *
     * @param label     the tooltip text of a type and a period, given the count
     * @param link      the search URL of a type and a period
     * @param tickLabel the text under a period's bar, or null to leave it unlabelled
     */
    static StackedBars of(Series series, int width, int height, Function<String, String> typeLabel,
                          BiFunction<String, String, String> link, Function<String, String> tickLabel) {
        List<String> periods = series.periods();
        List<String> types = new ArrayList<>(series.byType().keySet());
        long max = 1;
        for (String p : periods) {
            long total = 0;
            for (String t : types) {
                total += series.count(t, p);
            }
            max = Math.max(max, total);
        }
        double plotHeight = height - BOTTOM - TOP;
        double slot = periods.isEmpty() ? 0 : (double) (width - LEFT) / periods.size();
        double barWidth = Math.max(1, slot * 0.8);
        List<Segment> segments = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            String p = periods.get(i);
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            double y = height - BOTTOM;
            for (int k = 0; k < types.size(); k++) {
                String t = types.get(k);
                long n = series.count(t, p);
                if (n == 0) {
                    continue;
                }
                double h = plotHeight * n / max;
                y -= h;
                segments.add(new Segment(round(x), round(y), round(barWidth), round(h), color(t), link.apply(t, p),
                        typeLabel.apply(t) + ", " + p + ": " + n));
            }
            String tick = tickLabel.apply(p);
            if (tick != null) {
                ticks.add(new Tick(round(x + barWidth / 2), tick));
            }
        }
        List<Key> legend = types.stream().map(t -> new Key(t, color(t))).toList();
        return new StackedBars(width, height, max, segments, ticks, legend);
    }

    static String color(String type) {
        int i = org.snegov.model.EventType.fromCode(type).map(Enum::ordinal).orElse(PALETTE.length - 1);
        return PALETTE[i % PALETTE.length];
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** A coordinate as SVG wants it, with a full stop whatever the default locale. */
    public static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

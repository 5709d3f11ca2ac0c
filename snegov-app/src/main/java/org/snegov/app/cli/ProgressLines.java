package org.snegov.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of long work as plain lines, for output that is not a terminal: at most one line every two seconds,
 * and always the last one. Thread-safe, so workers may report directly.
 */
final class ProgressLines {

    private static final long EVERY_NANOS = 2_000_000_000L;

    private final PrintWriter out;
    private final long start = System.nanoTime();
    private long last;

    ProgressLines(PrintWriter out) {
        this.out = out;
    }

    /**
     * Prints {@code what}, the share done ({@code fraction}, 0 to 1), the {@code count} of {@code unit}s so far, their
     * rate and the time left, when two seconds have passed since the last line or the work is complete.
     */
    synchronized void report(String what, double fraction, long count, String unit) {
        long now = System.nanoTime();
        if (now - last <= EVERY_NANOS && fraction < 1) {
            return;
        }
        last = now;
        double seconds = Math.max((now - start) / 1e9, 1e-9);
        double left = fraction <= 0 ? 0 : seconds * (1 - fraction) / fraction;
        out.println(String.format(Locale.ROOT, "%s: %.0f%%, %d %s, %.0f %s/s, ETA %.0f s", what, 100 * fraction, count,
                unit, count / seconds, unit, Math.max(0, left)));
        out.flush();
    }
}

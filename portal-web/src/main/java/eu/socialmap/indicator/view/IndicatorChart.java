package eu.socialmap.indicator.view;

import eu.socialmap.indicator.control.Figures;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of an indicator's chart, drawn as inline SVG by the page (no script, no style attribute): the
 * cumulative value at the end of each month as a line with its points, the target as a dashed line, a few labelled
 * ticks. The page shows the same numbers in a table beside it, for screen readers and for reading exact values.
 */
public record IndicatorChart(int width, int height, String line, List<Dot> dots, double targetY, List<Tick> yTicks,
                             List<Tick> xTicks) implements Serializable {

    public record Dot(double x, double y) implements Serializable {
    }

    public record Tick(double position, String label) implements Serializable {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 36;

    public static IndicatorChart of(List<Figures.Point> series, BigDecimal target, Locale locale) {
        double top = target == null ? 0 : target.doubleValue();
        for (Figures.Point point : series) {
            top = Math.max(top, point.value().doubleValue());
        }
        double max = niceCeiling(top <= 0 ? 1 : top * 1.1);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int n = series.size();
        StringBuilder line = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        List<Tick> xTicks = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(n / 8.0));
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MM/yy", locale);
        for (int i = 0; i < n; i++) {
            double x = LEFT + (n == 1 ? plotWidth / 2.0 : plotWidth * i / (double) (n - 1));
            double y = TOP + plotHeight * (1 - series.get(i).value().doubleValue() / max);
            line.append(i == 0 ? "" : " ").append(round(x)).append(',').append(round(y));
            dots.add(new Dot(round(x), round(y)));
            // the last month always, the periodic ones unless they would touch it
            if (i == n - 1 || i % every == 0 && (every == 1 || n - 1 - i > every / 2)) {
                xTicks.add(new Tick(round(x), series.get(i).month().format(month)));
            }
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            yTicks.add(new Tick(round(TOP + plotHeight * (1 - value / max)), label(value)));
        }
        double targetY = target == null ? -1 : round(TOP + plotHeight * (1 - target.doubleValue() / max));
        return new IndicatorChart(WIDTH, HEIGHT, line.toString(), dots, targetY, yTicks, xTicks);
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code value}. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[]{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String label(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

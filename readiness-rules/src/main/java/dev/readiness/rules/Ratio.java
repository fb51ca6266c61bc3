package dev.readiness.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A measured ratio, {@code part} of {@code whole}, compared exactly with a contract's limit and printed so that it
 * never looks equal to a limit it breaks: a ratio below a minimum is rounded down, one above a maximum up, with at
 * least as many decimals as the limit ({@code 0.699} against {@code 0.70} prints {@code 0.69}).
 */
public record Ratio(long part, long whole) {

    public Ratio {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("a ratio needs 0 <= part <= whole, got " + part + " of " + whole);
        }
    }

    /** False when there is nothing to measure ({@code whole} is 0). */
    public boolean isBelow(double min) {
        return whole > 0 && BigDecimal.valueOf(part).compareTo(BigDecimal.valueOf(min).multiply(BigDecimal.valueOf(whole))) < 0;
    }

    /** False when there is nothing to measure ({@code whole} is 0). */
    public boolean isAbove(double max) {
        return whole > 0 && BigDecimal.valueOf(part).compareTo(BigDecimal.valueOf(max).multiply(BigDecimal.valueOf(whole))) > 0;
    }

    /** The ratio as compared with a minimum: rounded down. */
    public String againstMin(double min) {
        return format(RoundingMode.FLOOR, min);
    }

    /** The ratio as compared with a maximum: rounded up. */
    public String againstMax(double max) {
        return format(RoundingMode.CEILING, max);
    }

    /** A contract's limit as people write it, with at least two decimals: {@code 0.70}. */
    public static String limit(double value) {
        BigDecimal limit = BigDecimal.valueOf(value).stripTrailingZeros();
        return limit.setScale(Math.max(2, limit.scale())).toPlainString();
    }

    private String format(RoundingMode rounding, double limit) {
        if (whole == 0) {
            return "n/a";
        }
        int scale = Math.max(2, BigDecimal.valueOf(limit).stripTrailingZeros().scale());
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, rounding).toPlainString();
    }
}

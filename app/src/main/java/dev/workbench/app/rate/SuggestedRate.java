package dev.workbench.app.rate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** A suggested learning rate as a person would type it: two significant digits, inside the allowed range. */
public final class SuggestedRate {
    private SuggestedRate() {
    }

    public static String text(double rate, double min, double max) {
        double clamped = Math.max(min, Math.min(max, rate));
        BigDecimal rounded = new BigDecimal(clamped).round(new MathContext(2, RoundingMode.HALF_EVEN));
        if (rounded.doubleValue() > max || rounded.doubleValue() < min) {
            rounded = BigDecimal.valueOf(clamped);
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}

package com.bitzoom.desk.sim;

import java.math.BigDecimal;

/**
 * The price and quantity grid of one symbol: tick size {@code 10^-tickScale}, step size
 * {@code 10^-stepScale}. The engine counts prices in ticks and quantities in steps (plain longs,
 * exact and cheap) and turns them into decimals only at the edge; a quote amount
 * {@code price × qty} is then an exact long in units of {@code tick × step}.
 */
record Grid(int tickScale, int stepScale) {

    Grid {
        if (tickScale < 0 || tickScale > 12 || stepScale < 0 || stepScale > 8) {
            throw new IllegalArgumentException("tick scale 0..12 and step scale 0..8 expected");
        }
    }

    BigDecimal tickSize() {
        return BigDecimal.valueOf(1, tickScale);
    }

    BigDecimal stepSize() {
        return BigDecimal.valueOf(1, stepScale);
    }

    BigDecimal price(long ticks) {
        return BigDecimal.valueOf(ticks, tickScale);
    }

    BigDecimal qty(long steps) {
        return BigDecimal.valueOf(steps, stepScale);
    }

    /** A quote amount counted in units of {@code tick × step}. */
    BigDecimal quote(long units) {
        return BigDecimal.valueOf(units, tickScale + stepScale);
    }

    /** The positive price in ticks, or -1 when it is not a positive whole number of ticks (or too large). */
    long ticksOf(BigDecimal price) {
        return unitsOf(price, tickScale);
    }

    /** The positive quantity in steps, or -1 when it is not a positive whole number of steps (or too large). */
    long stepsOf(BigDecimal qty) {
        return unitsOf(qty, stepScale);
    }

    private static long unitsOf(BigDecimal value, int scale) {
        BigDecimal units = value.movePointRight(scale);
        if (units.signum() <= 0 || units.stripTrailingZeros().scale() > 0) {
            return -1;
        }
        if (units.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 4)) > 0) {
            return -1;
        }
        return units.longValue();
    }
}

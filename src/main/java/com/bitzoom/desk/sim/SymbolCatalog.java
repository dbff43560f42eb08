package com.bitzoom.desk.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The symbols of the embedded exchange: twenty well-known USDT pairs with realistic price levels,
 * tick and step sizes and activity (BTC busiest), then, for load tests, generated pairs
 * {@code SYM21USDT}, {@code SYM22USDT}, … whose parameters depend on their number only, so the
 * symbol list is the same whatever the seed.
 */
final class SymbolCatalog {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 1000;

    /** Price relative to the distance between book levels (about half a basis point). */
    private static final double LEVEL_SPACING = 5e-6;

    private record Known(String base, double price, int tickScale, int stepScale,
                         double tradesPerSecond, double meanTradeUsdt, double dailyVolatility) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known("BTC", 50_000, 2, 3, 4.0, 3000, 0.030),
            new Known("ETH", 3_000, 2, 3, 3.0, 2000, 0.040),
            new Known("BNB", 550, 2, 2, 1.2, 800, 0.035),
            new Known("SOL", 140, 3, 2, 1.6, 900, 0.050),
            new Known("XRP", 0.55, 5, 1, 1.5, 700, 0.045),
            new Known("DOGE", 0.1, 5, 0, 1.4, 600, 0.060),
            new Known("ADA", 0.45, 5, 0, 0.9, 400, 0.050),
            new Known("AVAX", 35, 3, 1, 0.8, 500, 0.055),
            new Known("LINK", 15, 3, 2, 0.7, 400, 0.050),
            new Known("DOT", 7, 4, 1, 0.5, 300, 0.050),
            new Known("TRX", 0.12, 5, 0, 0.4, 250, 0.030),
            new Known("LTC", 80, 2, 3, 0.6, 400, 0.040),
            new Known("MATIC", 0.7, 4, 0, 0.5, 300, 0.055),
            new Known("ATOM", 9, 3, 2, 0.4, 250, 0.050),
            new Known("UNI", 8, 3, 0, 0.35, 200, 0.055),
            new Known("NEAR", 5, 4, 0, 0.4, 250, 0.060),
            new Known("APT", 9, 4, 1, 0.35, 250, 0.060),
            new Known("ARB", 1.1, 4, 1, 0.45, 250, 0.060),
            new Known("OP", 2.5, 4, 1, 0.35, 200, 0.060),
            new Known("SHIB", 0.000025, 8, 0, 0.6, 300, 0.070));

    private SymbolCatalog() {
    }

    /** The first {@code count} symbols, in their stable order. */
    static List<SymbolProfile> first(int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("symbol count must be 1.." + MAX_COUNT + ", was " + count);
        }
        List<SymbolProfile> profiles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            profiles.add(i < KNOWN.size() ? profile(KNOWN.get(i)) : profile(generated(i + 1)));
        }
        return List.copyOf(profiles);
    }

    /** A made-up pair whose price (0.01 .. 1000), grid and activity follow from its number alone. */
    private static Known generated(int number) {
        long h = mix(number);
        double u = (h >>> 11) * 0x1.0p-53;
        double price = Math.pow(10, -2 + 5 * u);
        int magnitude = (int) Math.floor(Math.log10(price));
        int tickScale = 4 - magnitude;                            // 10^4 .. 10^5 ticks per price
        int stepScale = Math.max(0, Math.min(3, magnitude + 1));
        double rate = 0.2 + 0.4 * (((h >>> 3) & 0xff) / 255.0);
        double roundedPrice = BigDecimal.valueOf(price).setScale(tickScale, java.math.RoundingMode.HALF_UP)
                .doubleValue();
        return new Known("SYM" + number, roundedPrice, tickScale, stepScale, rate, 150, 0.06);
    }

    private static SymbolProfile profile(Known k) {
        Grid grid = new Grid(k.tickScale(), k.stepScale());
        long ticks = Math.round(k.price() * Math.pow(10, k.tickScale()));
        long spacing = Math.max(1, (long) Math.pow(10, Math.floor(Math.log10(Math.max(1, ticks * LEVEL_SPACING)))));
        long meanSteps = Math.max(1, Math.round(k.meanTradeUsdt() / k.price() * Math.pow(10, k.stepScale())));
        SymbolSpec spec = new SymbolSpec(k.base() + "USDT", k.base(), "USDT", grid.tickSize(), grid.stepSize(),
                "TRADING");
        return new SymbolProfile(spec, grid, ticks, spacing, k.tradesPerSecond(), meanSteps, k.dailyVolatility());
    }

    /** SplitMix64 finalizer: a well-spread hash of the symbol number. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

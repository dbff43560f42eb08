package com.bitzoom.desk.sim;

/**
 * How one symbol's market behaves: its contract ({@link SymbolSpec}, {@link Grid}) and the
 * parameters of the simulation.
 *
 * @param initialTicks      price at the start of the simulation, in ticks
 * @param levelSpacing      distance between two book levels, in ticks
 * @param tradesPerSecond   mean arrival rate of taker orders at speed 1
 * @param meanTradeSteps    mean taker order size, in steps
 * @param dailyVolatility   standard deviation of the daily log return
 */
record SymbolProfile(SymbolSpec spec, Grid grid, long initialTicks, long levelSpacing,
                     double tradesPerSecond, long meanTradeSteps, double dailyVolatility) {

    String symbol() {
        return spec.symbol();
    }
}

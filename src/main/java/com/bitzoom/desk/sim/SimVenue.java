package com.bitzoom.desk.sim;

/**
 * The embedded exchange's market and its paper trading, built together and wired: the engine's
 * trades fill resting paper orders and its funding times charge funding, on the one market thread
 * that calls both.
 */
public record SimVenue(SimMarket market, PaperTrading paperTrading) {

    /**
     * @param symbols      number of symbols (default 20), 1..1000
     * @param seed         seed of the market (same seed and calls, same market)
     * @param speed        multiplies event rates (1 = realistic)
     * @param startMillis  simulated start time (usually the wall clock at start)
     */
    public static SimVenue create(int symbols, long seed, double speed, long startMillis) {
        MarketEngine engine = new MarketEngine(symbols, seed, speed, startMillis);
        return new SimVenue(engine, PaperAccounts.attachedTo(engine));
    }
}

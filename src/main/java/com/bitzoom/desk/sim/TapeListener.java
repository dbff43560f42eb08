package com.bitzoom.desk.sim;

/**
 * The engine's own hook for paper trading, in ticks and steps: every public trade (so resting paper
 * orders can fill) and every funding time. Called on the market thread, after the public listeners.
 */
interface TapeListener {

    void onTrade(String symbol, long timeMillis, long priceTicks, long qtySteps);

    /** A funding time of the 8-hour grid has been reached (marks and rates are those of that moment). */
    void onFundingTime(long timeMillis);
}

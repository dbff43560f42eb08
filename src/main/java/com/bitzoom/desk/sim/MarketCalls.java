package com.bitzoom.desk.sim;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

/**
 * REST handlers' way into the engine: the call runs on the market thread (the engine is
 * single-threaded) and its refusals become 400 replies with the engine's message.
 */
final class MarketCalls {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final MarketThread thread;

    MarketCalls(MarketThread thread) {
        this.thread = thread;
    }

    <T> T call(Callable<T> task) {
        try {
            return thread.call(task, TIMEOUT);
        } catch (OrderRejectedException e) {
            throw new RestError(400, e.code() == 0 ? -2010 : e.code(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new RestError(400, -1100, e.getMessage() == null ? "invalid parameter" : e.getMessage());
        } catch (TimeoutException e) {
            throw new RestError(503, -1007, "the exchange did not answer in time; try again");
        }
    }
}

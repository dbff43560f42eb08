package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.bitzoom.desk.protocol.AggTrade;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.Trade;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The market is a function of its seed: same seed and calls, same output; the calls' granularity does not matter. */
class MarketEngineReproducibilityTest {

    private static final long START = 1_717_171_717_171L;
    private static final long HOUR = 3_600_000L;

    /** Everything the engine says, in order: events and the snapshots read after each step. */
    private static List<Object> run(long seed, long[] steps, boolean withSnapshots) {
        MarketEngine engine = new MarketEngine(2, seed, 0.2, START);
        List<Object> out = new ArrayList<>();
        engine.addListener(new MarketListener() {
            @Override
            public void onTrade(Trade trade) {
                out.add(trade);
            }

            @Override
            public void onAggTrade(AggTrade aggTrade) {
                out.add(aggTrade);
            }

            @Override
            public void onKline(KlineEvent kline) {
                out.add(kline);
            }
        });
        for (long now : steps) {
            engine.advanceTo(now);
            if (withSnapshots) {
                for (SymbolSpec s : engine.symbols()) {
                    out.add(engine.ticker(s.symbol(), now));
                    out.add(engine.depth(s.symbol(), 10, now));
                    out.add(engine.markPrice(s.symbol(), now));
                }
            }
        }
        for (SymbolSpec s : engine.symbols()) {
            for (Interval i : Interval.values()) {
                out.add(engine.klines(s.symbol(), i, 1000, null, null));
            }
        }
        return out;
    }

    private static long[] steps(long seed, int maxStepMillis) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Long> times = new ArrayList<>();
        long now = START;
        while (now < START + HOUR) {
            now = Math.min(START + HOUR, now + 1 + rng.nextInt(maxStepMillis));
            times.add(now);
        }
        return times.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void sameSeedAndSameCallsGiveIdenticalOutput() {
        long[] steps = steps(1, 2_000);
        List<Object> first = run(99, steps, true);
        List<Object> second = run(99, steps, true);
        assertThat(first).hasSizeGreaterThan(50_000);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void howTimeIsSteppedDoesNotChangeTheMarket() {
        List<Object> fine = run(99, steps(2, 500), false);
        List<Object> coarse = run(99, steps(3, 60_000), false);
        assertThat(coarse).isEqualTo(fine);
    }

    @Test
    void differentSeedsGiveDifferentMarkets() {
        long[] steps = steps(4, 10_000);
        assertThat(run(1, steps, false)).isNotEqualTo(run(2, steps, false));
    }
}

package com.bitzoom.desk.bench;

import com.bitzoom.desk.market.CandleSeries;
import com.bitzoom.desk.protocol.Candle;
import com.bitzoom.desk.protocol.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link CandleSeries#merge}: the common case (a live update of the newest candle, as the kline
 * stream sends many times per candle) and the append of a new candle onto a full series (the cap
 * drops the oldest), with the change record drained as a chart would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CandleSeriesBenchmark {

    private static final long MINUTE = 60_000;
    private static final long START = 1_672_512_000_000L;

    private final List<Candle> updates = new ArrayList<>();
    private CandleSeries updating;
    private CandleSeries appending;
    private int nextUpdate;
    private long nextOpen;

    @Setup
    public void setUp() {
        updating = new CandleSeries("BTCUSDT", Interval.M1);
        appending = new CandleSeries("BTCUSDT", Interval.M1, 1_000);
        List<Candle> history = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            history.add(candle(START + i * MINUTE, 5_000_000 + i, i, true));
        }
        updating.mergeHistory(history);
        appending.mergeHistory(history);
        long last = START + 1_000 * MINUTE;
        for (int i = 0; i < 1024; i++) {
            updates.add(candle(last, 5_000_000 + (i * 31) % 500, 1 + i, false));
        }
        nextOpen = last;
    }

    private static Candle candle(long open, long closeCents, long trades, boolean closed) {
        BigDecimal close = BigDecimal.valueOf(closeCents, 2);
        return new Candle(open, open + MINUTE - 1, "BTCUSDT", Interval.M1, BigDecimal.valueOf(5_000_000, 2), close,
                close.max(BigDecimal.valueOf(5_000_500, 2)), close.min(BigDecimal.valueOf(4_999_500, 2)),
                BigDecimal.valueOf(trades * 100 + 7, 3), trades, closed, BigDecimal.valueOf(trades * 5_000_000, 2));
    }

    @Benchmark
    public Object mergeLiveUpdate() {
        updating.merge(updates.get(nextUpdate++ & 1023));
        return updating.drainChange();
    }

    @Benchmark
    public Object appendNewCandle() {
        nextOpen += MINUTE;
        appending.merge(candle(nextOpen, 5_000_000, 1, false));
        return appending.drainChange();
    }
}

package com.bitzoom.desk.bench;

import com.bitzoom.desk.protocol.DepthUpdate;
import com.bitzoom.desk.protocol.FrameDecoder;
import com.bitzoom.desk.protocol.KlineEvent;
import com.bitzoom.desk.protocol.MarkPrice;
import com.bitzoom.desk.protocol.MiniTicker;
import com.bitzoom.desk.protocol.Ticker;
import com.bitzoom.desk.protocol.Trade;
import com.bitzoom.desk.protocol.WireJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Decode throughput per event type: the decoder's own path against Yasson's {@code fromJson}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeBenchmark {

    @Param({"trade", "miniTicker", "ticker", "depth20", "kline", "markPrice"})
    public String event;

    private final FrameDecoder decoder = new FrameDecoder();
    private String frame;
    private Class<?> type;

    @Setup
    public void setUp() {
        switch (event) {
            case "trade":
                frame = Frames.TRADE;
                type = Trade.class;
                break;
            case "miniTicker":
                frame = Frames.MINI_TICKER;
                type = MiniTicker.class;
                break;
            case "ticker":
                frame = Frames.TICKER;
                type = Ticker.class;
                break;
            case "depth20":
                frame = Frames.depth20();
                type = DepthUpdate.class;
                break;
            case "kline":
                frame = Frames.KLINE;
                type = KlineEvent.class;
                break;
            case "markPrice":
                frame = Frames.MARK_PRICE;
                type = MarkPrice.class;
                break;
            default:
                throw new IllegalArgumentException(event);
        }
    }

    @Benchmark
    public Object decoder() {
        return decoder.decode(frame);
    }

    @Benchmark
    public Object yasson() {
        return WireJson.fromJson(frame, type);
    }
}

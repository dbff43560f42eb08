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

/**
 * Decode throughput per event type, four ways to the same record: {@link FrameDecoder#decode} on a
 * frame as the exchange writes it (the scanner), the same with the scanner turned off (the
 * streaming parser path), on the frame with {@code e} last (the tree path), and Yasson's
 * {@code fromJson} with the one shared {@code Jsonb}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeBenchmark {

    @Param({"trade", "miniTicker", "ticker", "depth20", "kline", "markPrice"})
    public String event;

    private final FrameDecoder decoder = new FrameDecoder();
    private final FrameDecoder withoutScanner = withoutScanner();
    private String frame;
    private String treeFrame;
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
        treeFrame = Frames.typeLast(frame);
        if (!decoder.decode(frame).equals(decoder.decode(treeFrame)) || !decoder.decode(frame).equals(yasson())
                || !decoder.decode(frame).equals(withoutScanner.decode(frame))) {
            throw new IllegalStateException("the three paths disagree on " + event);
        }
    }

    /** A decoder built while {@code bitzoom.perf.disable} names the scanner. */
    private static FrameDecoder withoutScanner() {
        String before = System.getProperty("bitzoom.perf.disable");
        System.setProperty("bitzoom.perf.disable", "frameScanner");
        try {
            return new FrameDecoder();
        } finally {
            if (before == null) {
                System.clearProperty("bitzoom.perf.disable");
            } else {
                System.setProperty("bitzoom.perf.disable", before);
            }
        }
    }

    @Benchmark
    public Object decoder() {
        return decoder.decode(frame);
    }

    @Benchmark
    public Object decoderStreamingPath() {
        return withoutScanner.decode(frame);
    }

    @Benchmark
    public Object decoderTreePath() {
        return decoder.decode(treeFrame);
    }

    @Benchmark
    public Object yasson() {
        return WireJson.fromJson(frame, type);
    }
}

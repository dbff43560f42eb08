package com.bitzoom.desk.bench;

import com.bitzoom.desk.protocol.FrameDecoder;
import com.bitzoom.desk.protocol.Interval;
import com.bitzoom.desk.protocol.RequestEncoder;
import com.bitzoom.desk.protocol.StreamName;
import com.bitzoom.desk.protocol.WireJson;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Request encoding (client) and event encoding (the embedded exchange writes every payload). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EncodeBenchmark {

    private final List<StreamName> streams = List.of(StreamName.miniTicker("btcusdt"),
            StreamName.kline("btcusdt", Interval.H1), StreamName.depth("btcusdt", 20, StreamName.DepthSpeed.MS_100),
            StreamName.trade("btcusdt"), StreamName.markPriceEverySecond("btcusdt"));
    private final Object trade = new FrameDecoder().decode(Frames.TRADE);

    @Benchmark
    public String subscribeFiveStreams() {
        return RequestEncoder.subscribe(streams, 42);
    }

    @Benchmark
    public String tradeEvent() {
        return WireJson.toJson(trade);
    }
}

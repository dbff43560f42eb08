package com.bitzoom.desk.cli.bench;

import java.util.List;
import java.util.Locale;

/**
 * The figures of one end-to-end run at one firehose rate.
 *
 * @param variant         what was measured: {@code "as built"}, or {@code "without X"} when optimizations
 *                        were turned off with {@code bitzoom.perf.disable} (to compare in one run)
 * @param rate            firehose target, frames per second
 * @param symbols         symbols the frames were spread over
 * @param seconds         length of the measured window
 * @param sentPerSec      frames the exchange handed to the sockets, per second
 * @param eventsPerSec    events the client decoded and handed to the bridge, per second
 * @param backlogMax      the bridge's largest backlog sampled (events offered, not yet applied)
 * @param backlogEnd      the bridge's backlog at the end
 * @param backlogSlope    least-squares growth of the bridge's backlog, events per second
 * @param socketLagEnd    frames sent but not yet decoded at the end (socket buffers, Tyrus, the exchange's queue)
 * @param socketLagSlope  least-squares growth of that, frames per second
 * @param p50Ms           exchange write → model latency, median (trades and depth snapshots)
 * @param p99Ms           the same, 99th percentile
 * @param p999Ms          the same, 99.9th percentile
 * @param maxMs           the same, largest
 * @param latencySamples  latencies recorded
 * @param fxBusy          share of wall time the FX thread spent inside the bridge's drains
 * @param fxCpu           share of wall time the FX thread was on a CPU (drains, pulses, everything)
 * @param heapMb          heap after a full GC at the end, whole process (exchange included), MiB
 * @param allocMbPerSec   bytes allocated per second by every thread (exchange included), MiB
 * @param cpu             process CPU time / (wall time × processors)
 * @param cpuUsPerEvent   process CPU time per event decoded, microseconds (exchange included): the
 *                        figure to compare between runs on a busy machine
 * @param gcPerSec        collections per second
 * @param reconnects      client reconnects during the run (each is a failure)
 * @param conflated       events replaced by a newer one of their key before a drain
 * @param dropped         trades dropped by the bridge's per-symbol bound
 * @param shortfall       frames the firehose could not send in time (it fell behind)
 * @param loadAverage     the machine's one-minute load average at the end
 * @param latencyUnknown  trades and snapshots whose send time the exchange had forgotten (older than
 *                        its side channel's window, about 5 s): latencies above every percentile shown
 * @param heapSamplesMb   in a long run, heap after GC once a minute (MiB)
 * @param threadSamples   in a long run, live threads once a minute
 */
public record RunResult(String variant, int rate, int symbols, double seconds, double sentPerSec, double eventsPerSec,
                        long backlogMax, long backlogEnd, double backlogSlope, long socketLagEnd,
                        double socketLagSlope, double p50Ms, double p99Ms, double p999Ms, double maxMs,
                        long latencySamples, double fxBusy, double fxCpu, double heapMb, double allocMbPerSec,
                        double cpu, double cpuUsPerEvent, double gcPerSec, long reconnects, long conflated, long dropped, long shortfall,
                        double loadAverage, long latencyUnknown, List<Long> heapSamplesMb,
                        List<Integer> threadSamples) {

    /**
     * Kept up without a growing backlog: no reconnect, the bridge's and the sockets' backlogs grew by
     * less than 1 % of the rate per second, and what was left at the end is under a second's worth.
     */
    public boolean steady() {
        return reconnects == 0
                && backlogSlope < rate * 0.01 && socketLagSlope < rate * 0.01
                && backlogEnd < rate && socketLagEnd < rate;
    }

    public String jsonLine() {
        return String.format(Locale.ROOT, "{\"variant\":\"%s\",\"rate\":%d,\"symbols\":%d,\"seconds\":%.1f,\"sentPerSec\":%.0f,"
                        + "\"eventsPerSec\":%.0f,\"steady\":%b,\"backlogMax\":%d,\"backlogEnd\":%d,\"backlogSlope\":%.1f,"
                        + "\"socketLagEnd\":%d,\"socketLagSlope\":%.1f,\"p50Ms\":%.3f,\"p99Ms\":%.3f,\"p999Ms\":%.3f,"
                        + "\"maxMs\":%.3f,\"latencySamples\":%d,\"fxBusy\":%.4f,\"fxCpu\":%.4f,\"heapMb\":%.1f,"
                        + "\"allocMbPerSec\":%.1f,\"cpu\":%.4f,\"cpuUsPerEvent\":%.2f,\"gcPerSec\":%.2f,\"reconnects\":%d,\"conflated\":%d,"
                        + "\"dropped\":%d,\"shortfall\":%d,\"loadAverage\":%.2f,\"latencyUnknown\":%d,"
                        + "\"heapSamplesMb\":%s,\"threadSamples\":%s}",
                variant, rate, symbols, seconds, sentPerSec, eventsPerSec, steady(), backlogMax, backlogEnd, backlogSlope,
                socketLagEnd, socketLagSlope, p50Ms, p99Ms, p999Ms, maxMs, latencySamples, fxBusy, fxCpu, heapMb,
                allocMbPerSec, cpu, cpuUsPerEvent, gcPerSec, reconnects, conflated, dropped, shortfall, loadAverage,
                latencyUnknown, heapSamplesMb.toString().replace(" ", ""), threadSamples.toString().replace(" ", ""));
    }

    public static String tableHeader() {
        return String.format(Locale.ROOT, "%-22s %8s %9s %9s %6s %8s %8s %8s %8s %8s %6s %6s %7s %8s %5s %6s %5s",
                "variant", "rate", "sent/s", "events/s", "steady", "backlog", "p50 ms", "p99 ms", "p99.9ms", "max ms",
                "fxBusy", "fxCpu", "heapMB", "allocMB/s", "cpu", "us/ev", "load");
    }

    public String tableRow() {
        return String.format(Locale.ROOT, "%-22s %8d %9.0f %9.0f %6s %8d %8.2f %8.2f %8.2f %8.1f %5.1f%% %5.1f%% %7.0f %8.0f %4.0f%% %6.2f %5.1f",
                variant, rate, sentPerSec, eventsPerSec, steady() ? "yes" : "NO", backlogMax, p50Ms, p99Ms, p999Ms, maxMs,
                fxBusy * 100, fxCpu * 100, heapMb, allocMbPerSec, cpu * 100, cpuUsPerEvent, loadAverage);
    }
}

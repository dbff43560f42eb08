package com.bitzoom.desk.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.bitzoom.desk.fuzz.FuzzFigures;
import com.bitzoom.desk.fuzz.JsonMutator;
import com.bitzoom.desk.fuzz.JsonMutator.Mutant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The decoder fed mutated real frames (the spec's golden frames and generated valid ones, broken by
 * {@link JsonMutator}): it never throws, never takes 100 ms of CPU on one frame, keeps memory
 * bounded, and both decoding paths still agree — an event from the fast path is the event the tree
 * path makes, and every event re-encodes to itself.
 *
 * <p>The CI form tries 50,000 frames; the long form ({@code fuzz-long}, excluded by default) a
 * million: {@code mvn -B -o test -Dexcluded.test.groups= -Dgroups=fuzz-long -Dtest=FrameDecoderFuzzTest}.
 * {@code -Dfuzz.seed=N} and {@code -Dfuzz.frames=N} change the run; a failure prints its seed and
 * index so it repeats.
 */
class FrameDecoderFuzzTest {

    private static final long BOUND_NANOS = 100_000_000L;
    private static final int CI_FRAMES = 50_000;
    private static final int LONG_FRAMES = 1_000_000;
    /** Heap growth allowed over a run (after GC): generous, a leak of one object per frame would pass it. */
    private static final long HEAP_GROWTH_BOUND = 64L * 1024 * 1024;

    private final FrameDecoder decoder = new FrameDecoder();
    private final StreamingDecoder streaming = new StreamingDecoder();

    @Test
    void fiftyThousandMutatedFramesNeverThrowHangOrDisagree() {
        long seed = Long.getLong("fuzz.seed", 20_240_901L);
        fuzz(seed, Integer.getInteger("fuzz.ci.frames", CI_FRAMES), "decoder-fuzz-ci.txt", Duration.ofMinutes(5));
    }

    @Test
    @Tag("fuzz-long")
    void aMillionMutatedFramesNeverThrowHangOrDisagree() {
        long seed = Long.getLong("fuzz.seed", 7_777_001L);
        fuzz(seed, Integer.getInteger("fuzz.frames", LONG_FRAMES), "decoder-fuzz-long.txt", Duration.ofMinutes(60));
    }

    private void fuzz(long seed, int frames, String figuresFile, Duration bound) {
        JsonMutator mutator = new JsonMutator(seed, corpus(seed), 5 * 1024 * 1024);
        FuzzFigures figures = new FuzzFigures("FrameDecoder fuzz: " + frames + " mutated frames", seed);
        List<String> failures = new ArrayList<>();
        assertTimeoutPreemptively(bound, () -> {
            for (int i = 0; i < frames; i++) {
                Mutant m = mutator.next();
                figures.current = "seed " + seed + " frame " + i + " " + m.kinds();
                tryFrame(i, seed, m, figures, failures);
            }
        }, () -> "hung on " + figures.current);
        long heapAtEnd = FuzzFigures.heapAfterGc();
        figures.save(figuresFile, heapAtEnd);
        assertThat(figures.tried()).isEqualTo(frames);
        assertThat(failures).as("failures (first 20 of %d)", figures.failures()).isEmpty();
        assertThat(figures.slowestCpuNanos()).as("slowest frame, thread CPU ns").isLessThan(BOUND_NANOS);
        assertThat(heapAtEnd - figures.heapAtStart()).as("heap growth after GC, bytes").isLessThan(HEAP_GROWTH_BOUND);
    }

    private void tryFrame(int index, long seed, Mutant m, FuzzFigures figures, List<String> failures) {
        String frame = m.frame();
        long cpu0 = FuzzFigures.cpuNanos();
        long wall0 = System.nanoTime();
        Decoded decoded;
        try {
            decoded = decoder.decode(frame);
        } catch (Throwable t) {
            fail(failures, figures, index, seed, m, "threw " + t);
            return;
        }
        long wall = System.nanoTime() - wall0;
        long cpu = FuzzFigures.cpuNanos() - cpu0;
        if (cpu >= BOUND_NANOS) {
            cpu = bestCpuOfThree(frame); // a GC or a JIT pause is not the frame's cost
        }
        String outcome = decoded == null ? "null" : decoded.getClass().getSimpleName();
        figures.tried(m.kinds(), frame.length(), outcome, wall, cpu,
                frame.length() + " chars, " + m.kinds() + ", " + outcome + ": " + Malformed.excerptOf(frame).substring(0,
                        Math.min(80, Malformed.excerptOf(frame).length())));
        String broken = brokenPromise(frame, decoded);
        if (broken != null) {
            fail(failures, figures, index, seed, m, broken);
        }
    }

    /** What the decoder owes every frame, or null when it kept every promise. */
    private String brokenPromise(String frame, Decoded decoded) {
        if (decoded == null) {
            return "decoded to null";
        }
        if (decoded instanceof Malformed bad) {
            if (bad.reason() == null || bad.reason().isEmpty()) {
                return "malformed without a reason";
            }
            if (bad.excerpt().length() > Malformed.MAX_EXCERPT || bad.reason().length() > 1000) {
                return "malformed with an unbounded reason or excerpt (" + bad.reason().length() + " chars)";
            }
            return null;
        }
        if (decoded instanceof UnknownEvent unknown) {
            return unknown.excerpt().length() > Malformed.MAX_EXCERPT || unknown.eventType().length() > Malformed.MAX_EXCERPT
                    ? "unknown event with an unbounded excerpt" : null;
        }
        // An event or a reply: both paths must make the same one, and it must re-encode to itself.
        if (frame.length() <= FrameShape.SMALL_FRAME_CHARS || FrameShape.problem(frame) == null) {
            Decoded tree = decoder.decodeTree(frame);
            if (!decoded.equals(tree)) {
                return "paths disagree: decode gave " + decoded + " but the tree path " + tree;
            }
            Decoded fast = streaming.decode(frame);
            if (fast != null && !fast.equals(tree)) {
                return "paths disagree: fast path gave " + fast + " but the tree path " + tree;
            }
        }
        String again = WireJson.toWireJson(decoded);
        Decoded reread = decoder.decode(again);
        if (!decoded.equals(reread)) {
            return "does not re-encode to itself: " + again + " decodes to " + reread;
        }
        return null;
    }

    private long bestCpuOfThree(String frame) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = FuzzFigures.cpuNanos();
            decoder.decode(frame);
            best = Math.min(best, FuzzFigures.cpuNanos() - start);
        }
        return best;
    }

    private static void fail(List<String> failures, FuzzFigures figures, int index, long seed, Mutant m, String what) {
        figures.failed();
        if (failures.size() < 20) {
            failures.add("seed " + seed + " frame " + index + " " + m.kinds() + ": " + what + "\n    frame: "
                    + Malformed.excerptOf(m.frame()));
        }
    }

    /** The golden frames of the spec and 2,000 generated valid frames of every hot type. */
    private static List<String> corpus(long seed) {
        List<String> corpus = new ArrayList<>();
        for (String file : GoldenFrames.FILES) {
            corpus.add(GoldenFrames.read(file));
        }
        ValidFrames valid = new ValidFrames(seed);
        for (int i = 0; i < 2_000; i++) {
            corpus.add(valid.next().frame());
        }
        return corpus;
    }
}

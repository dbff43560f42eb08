package com.bitzoom.desk.cli;

import com.bitzoom.desk.protocol.FrameDecoder;
import com.bitzoom.desk.protocol.WireJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bitzoom-desk decode [FILE]}: frames in, one per line; decoded results out as NDJSON. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Decode WebSocket frames, one per line, from FILE or standard input, "
                + "and print each result as one JSON line in wire field names. "
                + "Malformed frames print {\"malformed\":\"<reason>\",\"frame\":\"<excerpt>\"} and decoding goes on.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:end of input reached", "2:the file cannot be read or bad arguments"})
public final class DecodeCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "frames, one per line (default: standard input)")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FrameDecoder decoder = new FrameDecoder();
        try (BufferedReader in = open()) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(WireJson.toWireJson(decoder.decode(line)));
            }
            out.flush();
            return 0;
        } catch (NoSuchFileException e) {
            err.println("decode: no such file: " + file);
            return 2;
        } catch (IOException e) {
            err.println("decode: cannot read " + (file == null ? "standard input" : file) + ": " + e.getMessage());
            return 2;
        }
    }

    private BufferedReader open() throws IOException {
        if (file == null) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        if (Files.isDirectory(file)) {
            throw new IOException("it is a directory");
        }
        // An InputStreamReader replaces bytes that are not UTF-8 instead of failing the whole file.
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
    }
}

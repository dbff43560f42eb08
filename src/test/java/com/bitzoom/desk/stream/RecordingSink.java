package com.bitzoom.desk.stream;

import com.bitzoom.desk.protocol.StreamEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** A sink for tests: remembers everything (events only as counts and the most recent ones). */
final class RecordingSink implements EventSink {

    final AtomicInteger events = new AtomicInteger();
    final List<StreamEvent> recent = new CopyOnWriteArrayList<>();
    final List<ConnectionStatus> states = new CopyOnWriteArrayList<>();
    final List<StreamProblem> problems = new CopyOnWriteArrayList<>();
    final AtomicInteger userStreamOpens = new AtomicInteger();
    final AtomicInteger userStreamReopens = new AtomicInteger();

    @Override
    public void onEvent(StreamEvent event) {
        events.incrementAndGet();
        recent.add(event);
        if (recent.size() > 2000) {
            recent.subList(0, 1000).clear();
        }
    }

    @Override
    public void onStateChanged(ConnectionStatus status) {
        states.add(status);
    }

    @Override
    public void onProblem(StreamProblem problem) {
        problems.add(problem);
    }

    @Override
    public void onUserStreamOpened(boolean reconnected) {
        userStreamOpens.incrementAndGet();
        if (reconnected) {
            userStreamReopens.incrementAndGet();
        }
    }

    List<ConnectionStatus> statesOf(String connection) {
        return states.stream().filter(s -> s.connection().equals(connection)).collect(Collectors.toList());
    }

    List<StreamProblem> problemsOf(StreamProblem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).collect(Collectors.toList());
    }

    boolean sawEventOf(String type) {
        return recent.stream().anyMatch(e -> e.eventType().equals(type));
    }
}

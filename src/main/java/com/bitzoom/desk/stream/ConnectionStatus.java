package com.bitzoom.desk.stream;

import java.time.Duration;

/**
 * One state change of one connection, as listeners and the {@link EventSink} see it.
 *
 * @param connection the connection's name: {@code market-1} … {@code market-5}, or {@code user}
 * @param state      the new state
 * @param attempt    reconnect attempt counted since the connection was last healthy (0 before the first loss)
 * @param nextDelay  for {@link ConnectionState#RECONNECTING}: the wait before the next attempt, else zero
 * @param reason     why (e.g. {@code "closed by the exchange (1006)"}, {@code "stale: no pong within 10 s"});
 *                   empty when there is nothing to say. Never contains a secret.
 */
public record ConnectionStatus(String connection, ConnectionState state, int attempt, Duration nextDelay, String reason) {

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(connection).append(' ').append(state);
        if (state == ConnectionState.RECONNECTING) {
            b.append(" attempt ").append(attempt).append(" in ").append(nextDelay.toMillis()).append(" ms");
        }
        if (!reason.isEmpty()) {
            b.append(" (").append(reason).append(')');
        }
        return b.toString();
    }
}

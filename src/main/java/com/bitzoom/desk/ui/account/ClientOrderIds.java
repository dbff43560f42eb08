package com.bitzoom.desk.ui.account;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Client order ids for the ticket: {@code desk-<session>-<n>}, unique per run (a random session part)
 * and within the exchange's limits (at most 36 characters of letters, digits and {@code -}). The id is
 * chosen before sending, so the trader can find the order by it whatever the exchange answers.
 *
 * <p>Thread-safe.
 */
public final class ClientOrderIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String session;
    private final AtomicLong next = new AtomicLong(1);

    public ClientOrderIds() {
        this(Long.toString(RANDOM.nextLong() & 0xffffffffffL, 36));
    }

    ClientOrderIds(String session) {
        this.session = session;
    }

    public String next() {
        return "desk-" + session + "-" + next.getAndIncrement();
    }
}

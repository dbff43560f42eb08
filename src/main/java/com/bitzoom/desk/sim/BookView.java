package com.bitzoom.desk.sim;

/** Read-only view of one symbol's book in ticks and steps; level 0 is the touch. */
interface BookView {

    /** Levels on each side; always the same, and every level holds a positive quantity. */
    int depth();

    long bidPrice(int level);

    long bidQty(int level);

    long askPrice(int level);

    long askQty(int level);
}

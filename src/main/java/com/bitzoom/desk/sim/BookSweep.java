package com.bitzoom.desk.sim;

import java.util.ArrayList;
import java.util.List;

/** What a taker order would get from the book: level by level from the touch, up to a limit price. */
final class BookSweep {

    /** One level's share of a taker order. */
    record Fill(long priceTicks, long steps) {
    }

    private BookSweep() {
    }

    /**
     * @param limitTicks the worst acceptable price (0 = any price: a market order)
     * @return the fills, best price first; their steps sum to at most {@code steps}
     */
    static List<Fill> sweep(BookView book, boolean buy, long steps, long limitTicks) {
        List<Fill> fills = new ArrayList<>();
        long left = steps;
        for (int i = 0; i < book.depth() && left > 0; i++) {
            long price = buy ? book.askPrice(i) : book.bidPrice(i);
            if (limitTicks > 0 && (buy ? price > limitTicks : price < limitTicks)) {
                break;
            }
            long take = Math.min(left, buy ? book.askQty(i) : book.bidQty(i));
            fills.add(new Fill(price, take));
            left -= take;
        }
        return fills;
    }
}

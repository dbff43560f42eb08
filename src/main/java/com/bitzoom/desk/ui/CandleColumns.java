package com.bitzoom.desk.ui;

import com.bitzoom.desk.protocol.Candle;
import io.fair_acc.dataset.spi.financial.api.attrs.AttributeModel;
import io.fair_acc.dataset.spi.financial.api.ohlcv.IOhlcv;
import io.fair_acc.dataset.spi.financial.api.ohlcv.IOhlcvItem;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;

/**
 * The chart's candles as ChartFX reads them ({@link IOhlcv}), oldest first, with one mutable item per
 * candle so that ChartFX's per-point reads allocate nothing. Kept apart from drawing: this class knows
 * nothing of axes or colours.
 *
 * <p>Mutated only under the owning data set's write lock on the FX thread; read by ChartFX under its
 * read lock.
 */
final class CandleColumns implements IOhlcv {

    /** Candles kept at most; older ones fall off the left edge. */
    static final int CAPACITY = 5_000;

    private final List<Item> items = new ArrayList<>();
    private AttributeModel addon;

    /** Replaces every candle (history load). */
    void setAll(List<Candle> candles) {
        items.clear();
        for (Candle c : candles) {
            upsert(c);
        }
    }

    void clear() {
        items.clear();
    }

    /**
     * Merges one candle by open time: the open (last) candle is replaced, a newer one appended, an
     * older one (a backfilled gap) inserted in place. O(1) for the live case.
     */
    void upsert(Candle c) {
        long t = c.openTime();
        int n = items.size();
        if (n == 0 || items.get(n - 1).openTime < t) {
            items.add(new Item(c));
            if (items.size() > CAPACITY) {
                items.remove(0);
            }
            return;
        }
        if (items.get(n - 1).openTime == t) {
            items.get(n - 1).set(c);
            return;
        }
        int i = indexOf(t);
        if (i >= 0) {
            items.get(i).set(c);
        } else {
            items.add(-i - 1, new Item(c));
            if (items.size() > CAPACITY) {
                items.remove(0);
            }
        }
    }

    /** Binary search by open time; as {@link java.util.Collections#binarySearch}. */
    int indexOf(long openTime) {
        int lo = 0;
        int hi = items.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long v = items.get(mid).openTime;
            if (v < openTime) {
                lo = mid + 1;
            } else if (v > openTime) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** Index of the last candle opening at or before {@code openTime}, or -1. */
    int floorIndex(long openTime) {
        int i = indexOf(openTime);
        return i >= 0 ? i : -i - 2;
    }

    long openTime(int i) {
        return items.get(i).openTime;
    }

    Item item(int i) {
        return items.get(i);
    }

    Item last() {
        return items.isEmpty() ? null : items.get(items.size() - 1);
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    @Override
    public IOhlcvItem getOhlcvItem(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public AttributeModel getAddon() {
        return addon;
    }

    @Override
    public AttributeModel getAddonOrCreate() {
        if (addon == null) {
            addon = new AttributeModel();
        }
        return addon;
    }

    @Override
    public Iterator<IOhlcvItem> iterator() {
        return new ArrayList<IOhlcvItem>(items).iterator();
    }

    /** One candle as doubles. */
    static final class Item implements IOhlcvItem {
        long openTime;
        double open;
        double high;
        double low;
        double close;
        double volume;
        boolean closed;
        private final Date timestamp = new Date();
        private AttributeModel addon;

        Item(Candle c) {
            set(c);
        }

        void set(Candle c) {
            openTime = c.openTime();
            timestamp.setTime(openTime);
            open = c.open().doubleValue();
            high = c.high().doubleValue();
            low = c.low().doubleValue();
            close = c.close().doubleValue();
            volume = c.volume().doubleValue();
            closed = c.closed();
        }

        @Override
        public Date getTimeStamp() {
            return timestamp;
        }

        @Override
        public double getOpen() {
            return open;
        }

        @Override
        public double getHigh() {
            return high;
        }

        @Override
        public double getLow() {
            return low;
        }

        @Override
        public double getClose() {
            return close;
        }

        @Override
        public double getVolume() {
            return volume;
        }

        @Override
        public double getOpenInterest() {
            return 0;
        }

        @Override
        public AttributeModel getAddon() {
            return addon;
        }

        @Override
        public AttributeModel getAddonOrCreate() {
            if (addon == null) {
                addon = new AttributeModel();
            }
            return addon;
        }
    }
}

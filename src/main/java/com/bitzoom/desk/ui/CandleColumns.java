package com.bitzoom.desk.ui;

import com.bitzoom.desk.market.CandleSeries;
import io.fair_acc.dataset.spi.financial.api.attrs.AttributeModel;
import io.fair_acc.dataset.spi.financial.api.ohlcv.IOhlcv;
import io.fair_acc.dataset.spi.financial.api.ohlcv.IOhlcvItem;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;

/**
 * A {@link CandleSeries} as ChartFX reads it ({@link IOhlcv}): no copy of the candles, one reusable
 * view object per index, so ChartFX's per-point reads allocate nothing. Knows nothing of drawing.
 *
 * <p>FX thread only; the series is mutated under the owning data set's write lock.
 */
final class CandleColumns implements IOhlcv {

    private final List<ItemView> views = new ArrayList<>();
    private CandleSeries series;
    private AttributeModel addon;

    void setSeries(CandleSeries newSeries) {
        series = newSeries;
    }

    CandleSeries series() {
        return series;
    }

    boolean isEmpty() {
        return series == null || series.isEmpty();
    }

    /** Index of the last candle opening at or before {@code openTime}, or -1. */
    int floorIndex(long openTime) {
        int lo = 0;
        int hi = size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (series.openTime(mid) <= openTime) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    @Override
    public IOhlcvItem getOhlcvItem(int index) {
        while (views.size() <= index) {
            views.add(new ItemView(views.size()));
        }
        return views.get(index);
    }

    @Override
    public int size() {
        return series == null ? 0 : series.size();
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
        List<IOhlcvItem> all = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            all.add(getOhlcvItem(i));
        }
        return all.iterator();
    }

    /** Reads candle {@code index} of whatever series is current. */
    private final class ItemView implements IOhlcvItem {
        private final int index;
        private final Date timestamp = new Date();
        private AttributeModel itemAddon;

        ItemView(int index) {
            this.index = index;
        }

        @Override
        public Date getTimeStamp() {
            timestamp.setTime(series.openTime(index));
            return timestamp;
        }

        @Override
        public double getOpen() {
            return series.open(index);
        }

        @Override
        public double getHigh() {
            return series.high(index);
        }

        @Override
        public double getLow() {
            return series.low(index);
        }

        @Override
        public double getClose() {
            return series.close(index);
        }

        @Override
        public double getVolume() {
            return series.volume(index);
        }

        @Override
        public double getOpenInterest() {
            return 0;
        }

        @Override
        public AttributeModel getAddon() {
            return itemAddon;
        }

        @Override
        public AttributeModel getAddonOrCreate() {
            if (itemAddon == null) {
                itemAddon = new AttributeModel();
            }
            return itemAddon;
        }
    }
}

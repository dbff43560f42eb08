package com.bitzoom.desk.ui;

import javafx.animation.PauseTransition;
import javafx.scene.control.TableCell;
import javafx.util.Duration;

/**
 * The last price, coloured by the direction of its latest change, with a short background flash when
 * it changes. A recycled cell (scrolling, sorting) shows the new row's price without flashing.
 *
 * <p>FX thread only.
 */
final class LastPriceCell extends TableCell<WatchlistRow, WatchlistRow.LastPrice> {

    private static final Duration FLASH = Duration.millis(450);

    private final SymbolCatalog catalog;
    private final PauseTransition fade = new PauseTransition(FLASH);
    private WatchlistRow shownRow;
    private long shownSeq;

    LastPriceCell(SymbolCatalog catalog) {
        this.catalog = catalog;
        getStyleClass().add(Styles.NUM);
        fade.setOnFinished(e -> clearFlash());
    }

    @Override
    protected void updateItem(WatchlistRow.LastPrice last, boolean empty) {
        super.updateItem(last, empty);
        WatchlistRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || last == null || row == null) {
            setText(null);
            shownRow = null;
            clearFlash();
            pseudoClassStateChanged(Styles.UP, false);
            pseudoClassStateChanged(Styles.DOWN, false);
            return;
        }
        setText(catalog.format(row.symbol()).price(last.price()));
        pseudoClassStateChanged(Styles.UP, last.direction() > 0);
        pseudoClassStateChanged(Styles.DOWN, last.direction() < 0);
        boolean sameRowNewTick = row == shownRow && last.seq() > shownSeq;
        shownRow = row;
        shownSeq = last.seq();
        if (sameRowNewTick && last.direction() != 0) {
            pseudoClassStateChanged(Styles.FLASH_UP, last.direction() > 0);
            pseudoClassStateChanged(Styles.FLASH_DOWN, last.direction() < 0);
            fade.playFromStart();
        } else if (!sameRowNewTick) {
            clearFlash();
        }
    }

    private void clearFlash() {
        fade.stop();
        pseudoClassStateChanged(Styles.FLASH_UP, false);
        pseudoClassStateChanged(Styles.FLASH_DOWN, false);
    }
}

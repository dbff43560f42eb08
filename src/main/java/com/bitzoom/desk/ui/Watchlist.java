package com.bitzoom.desk.ui;

import com.bitzoom.desk.config.Settings;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * The watchlist pane: a search field that adds symbols (auto-completing every symbol the exchange
 * lists) above a table of mini-tickers. Selecting a row selects the symbol for the whole desk.
 *
 * <p>Rows are stable objects updated in place. Column sorting goes through a {@link SortedList} that
 * is re-sorted a few times a second while a sort is active, not on every tick (a sort per tick is
 * O(n log n) per message). Without a sort the rows keep the user's order, which drag-and-drop edits.
 *
 * <p>FX thread only.
 */
final class Watchlist extends VBox {

    static final String SEARCH_ID = "symbol-search";
    static final String TABLE_ID = "watchlist-table";
    private static final DataFormat ROW_SYMBOL = new DataFormat("application/x-bitzoom-watchlist-symbol");

    private final WatchlistModel model;
    private final MarketSelection selection;
    private final SymbolCatalog catalog;
    private final TableView<WatchlistRow> table = new TableView<>();
    private final SortedList<WatchlistRow> sorted;
    private final TextField search;
    private final Tooltip searchError = new Tooltip();

    Watchlist(WatchlistModel model, MarketSelection selection, SymbolCatalog catalog) {
        this.model = model;
        this.selection = selection;
        this.catalog = catalog;
        getStyleClass().addAll(Styles.PANE, Styles.WATCHLIST);

        search = TextFields.createClearableTextField();
        search.setId(SEARCH_ID);
        search.getStyleClass().add(Styles.SYMBOL_SEARCH);
        search.setPromptText("Add symbol  (Ctrl+F)");
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(search,
                request -> catalog.suggest(request.getUserText()));
        completion.setOnAutoCompleted(e -> addFromSearch(e.getCompletion()));
        completion.setVisibleRowCount(12);
        search.setOnAction(e -> addFromSearch(search.getText()));
        search.textProperty().addListener((o, a, b) -> search.pseudoClassStateChanged(Styles.ERROR, false));

        Label title = new Label("Watchlist");
        title.getStyleClass().add(Styles.PANE_TITLE);
        HBox header = new HBox(8, title, search);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(Styles.PANE_HEADER);
        HBox.setHgrow(search, Priority.ALWAYS);

        sorted = new SortedList<>(model.rows());
        table.setId(TABLE_ID);
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("Add a symbol with the search field above"));
        // The table's own policy sorts the item list in place, which a SortedList refuses.
        table.setSortPolicy(t -> {
            Comparator<WatchlistRow> c = t.getComparator();
            sorted.setComparator(c == null ? null : (a, b) -> c.compare(a, b)); // a fresh instance forces a re-sort
            return true;
        });
        table.getColumns().setAll(java.util.List.of(
                symbolColumn(),
                lastColumn(),
                decimalColumn("24h %", 58, WatchlistRow::changePercentProperty, (s, v) -> SymbolFormat.percent(v), true),
                decimalColumn("High", 84, WatchlistRow::highProperty, (s, v) -> catalog.format(s).price(v), false),
                decimalColumn("Low", 84, WatchlistRow::lowProperty, (s, v) -> catalog.format(s).price(v), false),
                decimalColumn("Vol", 50, WatchlistRow::baseVolumeProperty, (s, v) -> SymbolFormat.compact(v.doubleValue()), false),
                decimalColumn("Turnover", 64, WatchlistRow::quoteVolumeProperty, (s, v) -> SymbolFormat.compact(v.doubleValue()), false)));
        table.setRowFactory(t -> dragRow());
        table.setContextMenu(contextMenu());
        table.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && selectedRow() != null) {
                removeSelected();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);

        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                selection.symbolProperty().set(row.symbol());
            }
        });
        selection.symbolProperty().addListener((o, was, symbol) -> selectSymbol(symbol));
        selectSymbol(selection.symbol());

        // Re-sort at 2 Hz while a column sort is active: prices change the order, but not per tick.
        Timeline resort = new Timeline(new KeyFrame(Duration.millis(500), e -> {
            if (!table.getSortOrder().isEmpty()) {
                table.sort();
            }
        }));
        resort.setCycleCount(Timeline.INDEFINITE);
        resort.play();
    }

    TableView<WatchlistRow> table() {
        return table;
    }

    TextField searchField() {
        return search;
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Selects the row shown at {@code index} (0-based), as Ctrl+1…9 do. */
    void selectRow(int index) {
        if (index >= 0 && index < table.getItems().size()) {
            table.getSelectionModel().select(index);
            table.scrollTo(index);
            table.requestFocus();
        }
    }

    private void selectSymbol(String symbol) {
        WatchlistRow row = symbol == null ? null : model.row(symbol);
        if (row != null && table.getSelectionModel().getSelectedItem() != row) {
            table.getSelectionModel().select(row);
        }
    }

    private WatchlistRow selectedRow() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void addFromSearch(String typed) {
        String symbol = typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
        if (symbol.isEmpty()) {
            return;
        }
        if (!symbol.matches("[A-Z0-9]{1,20}") || !catalog.accepts(symbol)) {
            showSearchError("Unknown symbol: " + symbol);
            return;
        }
        if (!model.contains(symbol) && model.isFull()) {
            showSearchError("The watchlist holds at most " + Settings.MAX_WATCHLIST + " symbols; remove one first");
            return;
        }
        model.add(symbol);
        selection.symbolProperty().set(symbol);
        // Clear after the auto-completion has finished writing the completion into the field.
        javafx.application.Platform.runLater(search::clear);
    }

    /** The last message the search showed (for tests). */
    String searchErrorText() {
        return searchError.getText();
    }

    private void showSearchError(String message) {
        search.pseudoClassStateChanged(Styles.ERROR, true);
        searchError.setText(message);
        if (search.getScene() != null && search.getScene().getWindow() != null) {
            var p = search.localToScreen(0, search.getHeight());
            if (p != null) {
                searchError.show(search, p.getX(), p.getY() + 2);
                new Timeline(new KeyFrame(Duration.seconds(2.5), e -> searchError.hide())).play();
            }
        }
    }

    private void removeSelected() {
        WatchlistRow row = selectedRow();
        if (row == null) {
            return;
        }
        int index = table.getSelectionModel().getSelectedIndex();
        boolean wasSelectedSymbol = row.symbol().equals(selection.symbol());
        model.remove(row.symbol());
        if (wasSelectedSymbol && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(Math.min(index, table.getItems().size() - 1));
        }
    }

    private ContextMenu contextMenu() {
        MenuItem remove = new MenuItem("Remove from watchlist");
        remove.setAccelerator(new javafx.scene.input.KeyCodeCombination(KeyCode.DELETE));
        remove.setOnAction(e -> removeSelected());
        MenuItem top = new MenuItem("Move to top");
        top.setOnAction(e -> {
            WatchlistRow row = selectedRow();
            if (row != null) {
                table.getSortOrder().clear();
                model.move(row.symbol(), 0);
            }
        });
        ContextMenu menu = new ContextMenu(remove, top);
        menu.setOnShowing(e -> {
            WatchlistRow row = selectedRow();
            remove.setDisable(row == null);
            top.setDisable(row == null);
            remove.setText(row == null ? "Remove from watchlist" : "Remove " + row.symbol());
        });
        return menu;
    }

    private TableRow<WatchlistRow> dragRow() {
        TableRow<WatchlistRow> row = new TableRow<>();
        row.setOnDragDetected(e -> {
            if (row.getItem() != null) {
                var board = row.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(ROW_SYMBOL, row.getItem().symbol());
                board.setContent(content);
                e.consume();
            }
        });
        row.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(ROW_SYMBOL)) {
                e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            }
        });
        row.setOnDragDropped(e -> {
            Object symbol = e.getDragboard().getContent(ROW_SYMBOL);
            if (symbol instanceof String s) {
                // Dragging defines the order: a column sort would immediately undo it.
                table.getSortOrder().clear();
                int target = row.isEmpty() ? model.rows().size() - 1 : model.rows().indexOf(row.getItem());
                model.move(s, target);
                table.getSelectionModel().select(model.row(s));
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return row;
    }

    private TableColumn<WatchlistRow, String> symbolColumn() {
        TableColumn<WatchlistRow, String> c = new TableColumn<>("Symbol");
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyStringWrapper(f.getValue().symbol()));
        c.setPrefWidth(96); // "MATICUSDT" in bold
        c.setMinWidth(72);
        c.getStyleClass().add("symbol-column");
        return c;
    }

    private TableColumn<WatchlistRow, WatchlistRow.LastPrice> lastColumn() {
        TableColumn<WatchlistRow, WatchlistRow.LastPrice> c = new TableColumn<>("Last");
        c.setCellValueFactory(f -> f.getValue().lastProperty());
        c.setCellFactory(col -> new LastPriceCell(catalog));
        c.setPrefWidth(84); // ten digits: "0.00002500" (SHIBUSDT), "50,781.15"
        c.setMinWidth(70);
        c.getStyleClass().add(Styles.NUM);
        return c;
    }

    private TableColumn<WatchlistRow, BigDecimal> decimalColumn(
            String title, double width, Function<WatchlistRow, ReadOnlyObjectProperty<BigDecimal>> value,
            java.util.function.BiFunction<String, BigDecimal, String> text, boolean signed) {
        TableColumn<WatchlistRow, BigDecimal> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> (ObservableValue<BigDecimal>) value.apply(f.getValue()));
        c.setCellFactory(col -> new DecimalCell(text, signed));
        c.setPrefWidth(width);
        c.setMinWidth(50);
        c.getStyleClass().add(Styles.NUM);
        return c;
    }
}

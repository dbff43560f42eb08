package com.bitzoom.desk.ui.account;

import java.math.BigDecimal;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;

/** Setting a row's cell value only when it really changed, so an unchanged cell is not repainted. */
final class Rows {

    private Rows() {
    }

    static <T> void set(ObjectProperty<T> property, T value) {
        T old = property.get();
        if (old instanceof BigDecimal a && value instanceof BigDecimal b) {
            // 1.0 and 1.00 print alike at the column's scale; keep the old object then.
            if (a.compareTo(b) == 0) {
                return;
            }
        } else if (Objects.equals(old, value)) {
            return;
        }
        property.set(value);
    }
}

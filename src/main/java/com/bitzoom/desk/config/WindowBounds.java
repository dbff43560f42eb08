package com.bitzoom.desk.config;

/**
 * Where the main window was, in screen coordinates. {@code x}/{@code y} are null when the window
 * system should place it (first start); the window is restored only if it still fits a screen.
 */
public record WindowBounds(Double x, Double y, double width, double height, boolean maximized) {

    /** A window that fits a 1280×800 screen, placed by the window system. */
    public static WindowBounds defaults() {
        return new WindowBounds(null, null, 1280, 800, false);
    }

    /** True when the size is usable; a hand-edited file must not open a 0×0 window. */
    public boolean isUsable() {
        return width >= 400 && height >= 300 && width <= 20_000 && height <= 20_000
                && (x == null || Double.isFinite(x)) && (y == null || Double.isFinite(y));
    }
}

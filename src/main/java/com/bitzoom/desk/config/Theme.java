package com.bitzoom.desk.config;

/** The look of the dashboard; dark is what traders expect by default. */
public enum Theme {
    DARK,
    LIGHT
}

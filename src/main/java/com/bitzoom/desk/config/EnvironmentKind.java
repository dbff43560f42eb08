package com.bitzoom.desk.config;

/** Which exchange the desk connects to. {@code DEMO} is the embedded exchange inside the program. */
public enum EnvironmentKind {
    DEMO,
    TESTNET,
    PRODUCTION,
    CUSTOM
}

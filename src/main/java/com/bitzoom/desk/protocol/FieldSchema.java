package com.bitzoom.desk.protocol;

import java.util.Arrays;

/**
 * The wire fields of one hot event (or of one nested object of it): which single-character keys it
 * has and what each must hold. Lets {@link StreamingDecoder} find a key's slot with one array lookup.
 *
 * <p>Immutable; built once per event type at class initialisation.
 */
final class FieldSchema {

    /** What a field must hold on the wire. */
    enum Kind {
        /** The event type {@code e}; read before the rest, here only so that a second {@code e} is a duplicate. */
        TYPE,
        /** An integral JSON number that fits a {@code long}: times, ids, counts. */
        INTEGER,
        /** Any string. */
        STRING,
        /** A plain decimal string: prices, quantities. */
        DECIMAL,
        /** A symbol string such as {@code BTCUSDT}. */
        SYMBOL,
        /** A kline interval's wire name. */
        INTERVAL,
        /** {@code true} or {@code false}. */
        BOOL,
        /** An array of {@code ["price","quantity"]} pairs. */
        LEVELS,
        /** A nested object of the schema's {@link #nested()} shape. */
        OBJECT
    }

    private final char[] keys;
    private final Kind[] kinds;
    private final FieldSchema nested;
    private final byte[] slotByKey = new byte[128];
    private final int allSeen;

    private FieldSchema(char[] keys, Kind[] kinds, FieldSchema nested) {
        this.keys = keys;
        this.kinds = kinds;
        this.nested = nested;
        Arrays.fill(slotByKey, (byte) -1);
        for (int i = 0; i < keys.length; i++) {
            slotByKey[keys[i]] = (byte) i;
        }
        this.allSeen = (1 << keys.length) - 1;
    }

    /**
     * A schema from a list such as {@code "E:INTEGER s:SYMBOL p:DECIMAL"}.
     *
     * @param nested the shape of the one {@link Kind#OBJECT} field, or {@code null}
     */
    static FieldSchema of(String fields, FieldSchema nested) {
        String[] parts = fields.trim().split("\\s+");
        if (parts.length > 31) {
            throw new IllegalArgumentException("a schema tracks at most 31 fields in an int");
        }
        char[] keys = new char[parts.length];
        Kind[] kinds = new Kind[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String[] keyAndKind = parts[i].split(":");
            if (keyAndKind[0].length() != 1 || keyAndKind[0].charAt(0) >= 128) {
                throw new IllegalArgumentException("keys must be one ASCII character: " + parts[i]);
            }
            keys[i] = keyAndKind[0].charAt(0);
            kinds[i] = Kind.valueOf(keyAndKind[1]);
        }
        return new FieldSchema(keys, kinds, nested);
    }

    /** The slot of a wire key, or -1 when this shape does not have it. */
    int slotOf(String key) {
        if (key.length() != 1) {
            return -1;
        }
        char ch = key.charAt(0);
        return ch < 128 ? slotByKey[ch] : -1;
    }

    /** The slot of a one-character wire key, or -1 when this shape does not have it. */
    int slotOf(char key) {
        return key < 128 ? slotByKey[key] : -1;
    }

    /** The slot of a key this shape has; a missing one is a programming error. */
    int slotOfKnown(char key) {
        int slot = key < 128 ? slotByKey[key] : -1;
        if (slot < 0) {
            throw new IllegalArgumentException("no field " + key + " in this schema");
        }
        return slot;
    }

    Kind kind(int slot) {
        return kinds[slot];
    }

    char key(int slot) {
        return keys[slot];
    }

    int size() {
        return keys.length;
    }

    /** Bits of every slot: a complete object has seen them all. */
    int allSeen() {
        return allSeen;
    }

    FieldSchema nested() {
        return nested;
    }
}

package org.warraq.config;

/** Writing direction of a language: the value of the HTML {@code dir} attribute. */
public enum Direction {
    LTR,
    RTL;

    /** "ltr" or "rtl". */
    public String attribute() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.warraq.config;

/**
 * Which digits a language shows, named as CLDR numbering systems: Western (0–9), Arabic-Indic
 * (٠–٩, Arabic) or Extended Arabic-Indic (۰–۹, Persian and Urdu, whose 4, 5 and 6 differ).
 */
public enum Numerals {
    LATN('0'),
    ARAB('\u0660'),
    ARABEXT('\u06F0');

    private final char zero;

    Numerals(char zero) {
        this.zero = zero;
    }

    /** The digit zero of this system; the other nine follow it in Unicode. */
    public char zero() {
        return zero;
    }
}

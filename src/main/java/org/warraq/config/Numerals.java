package org.warraq.config;

/** Which digits a language shows: Western (0–9) or Arabic-Indic (٠–٩). */
public enum Numerals {
    LATN,
    ARAB
}

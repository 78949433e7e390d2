package org.warraq.config;

/** An optional second calendar shown beside the Gregorian date. */
public enum CalendarSystem {
    GREGORIAN,
    /** The Hijri calendar in its Umm al-Qura form. */
    ISLAMIC_UMALQURA,
    /** The Solar Hijri calendar of Iran and Afghanistan (CLDR's "persian"). */
    PERSIAN
}

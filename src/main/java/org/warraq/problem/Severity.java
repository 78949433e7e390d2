package org.warraq.problem;

/** How serious a {@link Problem} is: errors fail the build, warnings are reported only. */
public enum Severity {
    ERROR,
    WARNING;

    /** Lower-case label as printed in reports ("error", "warning"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

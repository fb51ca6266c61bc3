package dev.readiness.core;

/** The one status each rule ends with. */
public enum Status {
    PASS,
    FAIL,
    WARN,
    WAIVED,
    SKIPPED
}

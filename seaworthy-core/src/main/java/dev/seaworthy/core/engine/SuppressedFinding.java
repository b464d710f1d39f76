package dev.seaworthy.core.engine;

/** A finding that a suppression silenced: it stays visible in machine-readable reports. */
public record SuppressedFinding(Finding finding, Suppression suppression) {}

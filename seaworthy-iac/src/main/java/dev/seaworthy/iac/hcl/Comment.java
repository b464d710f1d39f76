package dev.seaworthy.iac.hcl;

/**
 * A {@code #} or {@code //} line comment: its text after the marker, where it starts, and whether
 * nothing but blanks precedes it on its line.
 */
public record Comment(String text, int line, int column, boolean ownLine) {}

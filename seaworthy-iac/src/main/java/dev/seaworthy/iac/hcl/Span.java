package dev.seaworthy.iac.hcl;

/**
 * Where a piece of syntax was written: character offsets {@code [start, end)} into the file text,
 * and the 1-based line and column of its first character (a tab counts as one column).
 */
public record Span(int start, int end, int line, int column) {}

package dev.seaworthy.iac.hcl;

import java.util.List;

/** A parsed HCL file: its body, its line comments, and the text every span points into. */
public record HclFile(String name, String text, Body body, List<Comment> comments) {

  public HclFile {
    comments = List.copyOf(comments);
  }

  /** The exact source text of an expression or item. */
  public String source(Span span) {
    return text.substring(span.start(), span.end());
  }
}

package dev.seaworthy.iac.hcl;

import java.util.List;

/** Attributes and blocks, in source order. */
public record Body(List<Body.Item> items, Span span) {

  public Body {
    items = List.copyOf(items);
  }

  /** An attribute or a block. */
  public sealed interface Item {
    Span span();
  }

  /** {@code name = value}. */
  public record Attribute(String name, Expr value, Span span) implements Item {}

  /** {@code type "label" ... { body }}; span runs from the type to the closing brace. */
  public record Block(String type, List<String> labels, Body body, Span span) implements Item {
    public Block {
      labels = List.copyOf(labels);
    }
  }

  public List<Attribute> attributes() {
    return items.stream().filter(Attribute.class::isInstance).map(Attribute.class::cast).toList();
  }

  public List<Block> blocks() {
    return items.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
  }
}

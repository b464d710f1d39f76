package dev.seaworthy.kube;

import dev.seaworthy.core.model.ListNode;
import dev.seaworthy.core.model.MapNode;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Position;
import dev.seaworthy.core.model.ScalarNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the API server's JSON straight into core {@link Node}s, without a second tree in between.
 * Live objects have no source position ({@link Position#NONE}): reports name them by
 * {@code kind/namespace/name}. {@code metadata.managedFields} is skipped while reading: it is large,
 * says who wrote which field, and no rule reads it.
 */
final class JsonTree {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final int MAX_DEPTH = 200;

  private JsonTree() {}

  /** One whole JSON document. */
  static Node read(InputStream in) throws IOException {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new IOException("empty response");
      }
      return value(p, t, false, 0);
    } catch (tools.jackson.core.JacksonException e) {
      throw new IOException("malformed JSON from the API server: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * A list response read item by item: each element of {@code items} goes to {@code item} as soon as it
   * is read, so a page never exists twice in memory; the other top-level fields are returned.
   */
  static Node readList(InputStream in, Consumer<Node> item) throws IOException {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("expected a JSON object from the API server");
      }
      Map<String, Node> top = new LinkedHashMap<>();
      for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equals("items") && v == JsonToken.START_ARRAY) {
          for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            item.accept(value(p, e, false, 1));
          }
        } else {
          top.put(name, value(p, v, false, 1));
        }
      }
      return new MapNode(Position.NONE, top);
    } catch (tools.jackson.core.JacksonException e) {
      throw new IOException("malformed JSON from the API server: " + e.getOriginalMessage(), e);
    }
  }

  private static Node value(JsonParser p, JsonToken t, boolean inMetadata, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new IOException("JSON nested deeper than " + MAX_DEPTH + " levels");
    }
    switch (t) {
      case START_OBJECT -> {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k == JsonToken.PROPERTY_NAME; k = p.nextToken()) {
          String name = p.currentName();
          JsonToken v = p.nextToken();
          if (inMetadata && name.equals("managedFields")) {
            p.skipChildren();
            continue;
          }
          entries.put(name, value(p, v, name.equals("metadata"), depth + 1));
        }
        return new MapNode(Position.NONE, entries);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          items.add(value(p, e, false, depth + 1));
        }
        return new ListNode(Position.NONE, items);
      }
      case VALUE_STRING -> {
        return ScalarNode.of(Position.NONE, p.getString());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new ScalarNode(Position.NONE, p.getString(), true, null);
      }
      case VALUE_TRUE -> {
        return ScalarNode.of(Position.NONE, Boolean.TRUE);
      }
      case VALUE_FALSE -> {
        return ScalarNode.of(Position.NONE, Boolean.FALSE);
      }
      case VALUE_NULL -> {
        return ScalarNode.of(Position.NONE, null);
      }
      default -> throw new IOException("unexpected JSON token " + t);
    }
  }
}

package dev.seaworthy.core.load;

import dev.seaworthy.core.model.Node;

/** One YAML document of a stream: its tree, or why it could not be read. Empty documents are dropped. */
public sealed interface YamlDocument {

  record Parsed(Node root) implements YamlDocument {}

  record Failed(InputError error) implements YamlDocument {}
}

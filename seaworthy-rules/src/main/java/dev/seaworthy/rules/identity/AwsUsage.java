package dev.seaworthy.rules.identity;

import dev.seaworthy.core.data.DataFiles;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.view.ContainerView;
import dev.seaworthy.core.view.ImageReference;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a pod calls AWS APIs and so needs an IAM identity of its own. The evidence is an AWS_*
 * environment variable (AWS_REGION and the like: the settings an AWS SDK reads) or an image known
 * to call AWS. A container that brings its own credentials (AWS_ROLE_ARN with a token file, static
 * keys, a profile, the Pod Identity container-credentials endpoint, an envFrom Secret that may hold
 * keys, a mounted ~/.aws) is wired by hand and not counted: the manifest does not prove it lacks
 * credentials. Ephemeral debug containers are ignored.
 */
final class AwsUsage {

  /** A container that uses AWS, and what shows it. */
  record Evidence(ContainerView container, String what) {
    String describe() {
      return container.describe() + " " + what;
    }
  }

  private record ClientImage(String repository, String flag, Set<String> values) {}

  private static final List<ClientImage> IMAGES = load();

  /** Variables that mean the container gets its credentials some other way than the pod's ServiceAccount. */
  private static final Set<String> OWN_CREDENTIALS =
      Set.of(
          "AWS_ROLE_ARN",
          "AWS_WEB_IDENTITY_TOKEN_FILE",
          "AWS_ACCESS_KEY_ID",
          "AWS_SECRET_ACCESS_KEY",
          "AWS_SESSION_TOKEN",
          "AWS_PROFILE",
          "AWS_SHARED_CREDENTIALS_FILE",
          "AWS_CONFIG_FILE",
          "AWS_CONTAINER_CREDENTIALS_FULL_URI",
          "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
          "AWS_CONTAINER_AUTHORIZATION_TOKEN",
          "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE");

  private AwsUsage() {}

  private static List<ClientImage> load() {
    Node root = DataFiles.read(AwsUsage.class, "/dev/seaworthy/rules/identity/aws-client-images.yaml");
    List<ClientImage> out = new ArrayList<>();
    for (Node entry : root.at("images").items()) {
      List<String> values = new ArrayList<>();
      entry.at("values").items().forEach(v -> v.text().ifPresent(values::add));
      out.add(new ClientImage(entry.at("repository").textOr(""), entry.at("flag").textOr(""), Set.copyOf(values)));
    }
    return List.copyOf(out);
  }

  /** The first container of the pod that uses AWS without credentials of its own. */
  static Optional<Evidence> of(PodSpecView pod) {
    for (ContainerView c : pod.allContainers()) {
      if (c.type() == ContainerView.Type.EPHEMERAL || bringsOwnCredentials(c)) {
        continue;
      }
      Optional<String> what = awsEnv(c).or(() -> awsImage(c));
      if (what.isPresent()) {
        return Optional.of(new Evidence(c, what.get()));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> awsEnv(ContainerView c) {
    for (Node entry : c.env()) {
      String name = entry.at("name").textOr("");
      // X-Ray settings point the SDK at the local daemon and AWS_EC2_METADATA_DISABLED turns the
      // node role off: neither says the container calls AWS with credentials
      if (name.startsWith("AWS_") && !name.startsWith("AWS_XRAY_") && !name.equals("AWS_EC2_METADATA_DISABLED")) {
        return Optional.of("sets " + name);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> awsImage(ContainerView c) {
    Optional<ImageReference> ref = c.imageReference();
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    String repository = ref.get().repository();
    for (ClientImage image : IMAGES) {
      if (!repository.equals(image.repository()) && !repository.endsWith("/" + image.repository())) {
        continue;
      }
      if (image.flag().isEmpty()) {
        return Optional.of("runs " + image.repository() + ", which calls AWS APIs");
      }
      Optional<String> value = flagValue(c, image.flag());
      if (value.isPresent() && image.values().contains(value.get())) {
        return Optional.of("runs " + image.repository() + " with " + image.flag() + "=" + value.get());
      }
    }
    return Optional.empty();
  }

  /** The value of a command-line flag in command or args, written --flag=value or --flag value. */
  static Optional<String> flagValue(ContainerView c, String flag) {
    List<String> tokens = new ArrayList<>();
    for (String field : List.of("command", "args")) {
      for (Node item : c.node().at(field).items()) {
        item.text().ifPresent(t -> tokens.addAll(List.of(t.strip().split("\\s+"))));
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (t.startsWith(flag + "=")) {
        return Optional.of(t.substring(flag.length() + 1));
      }
      if (t.equals(flag) && i + 1 < tokens.size()) {
        return Optional.of(tokens.get(i + 1));
      }
    }
    return Optional.empty();
  }

  private static boolean bringsOwnCredentials(ContainerView c) {
    for (Node entry : c.env()) {
      if (OWN_CREDENTIALS.contains(entry.at("name").textOr(""))) {
        return true;
      }
    }
    for (Node from : c.node().at("envFrom").items()) {
      if (from.at("secretRef").isPresent()) {
        return true;
      }
    }
    for (Node mount : c.node().at("volumeMounts").items()) {
      String path = mount.at("mountPath").textOr("");
      if (path.endsWith("/.aws") || path.contains("/.aws/")) {
        return true;
      }
    }
    return false;
  }
}

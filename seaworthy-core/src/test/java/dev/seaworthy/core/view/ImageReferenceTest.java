package dev.seaworthy.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Image references split as the container runtime splits them. */
class ImageReferenceTest {

  private static final String DIGEST = "sha256:" + "a".repeat(64);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // image | registry | repository | tag | explicit registry
        "nginx | docker.io | nginx | - | false",
        "nginx:1.27 | docker.io | nginx | 1.27 | false",
        "library/nginx:latest | docker.io | library/nginx | latest | false",
        "bitnami/redis:7.2 | docker.io | bitnami/redis | 7.2 | false",
        "myorg/team/app:1.0 | docker.io | myorg/team/app | 1.0 | false",
        "docker.io/library/nginx:1.27 | docker.io | library/nginx | 1.27 | true",
        "quay.io/prometheus/node-exporter:v1.8.2 | quay.io | prometheus/node-exporter | v1.8.2 | true",
        "registry.example.com:5000/team/app:1.2 | registry.example.com:5000 | team/app | 1.2 | true",
        "registry.example.com:5000/app | registry.example.com:5000 | app | - | true",
        "internal:5000/app:dev | internal:5000 | app | dev | true",
        "localhost/app | localhost | app | - | true",
        "localhost:5000/app:dev | localhost:5000 | app | dev | true",
        "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.3 | 602401143452.dkr.ecr.us-west-2.amazonaws.com | amazon-k8s-cni | v1.18.3 | true",
        "public.ecr.aws/eks-distro/kubernetes/pause:3.9 | public.ecr.aws | eks-distro/kubernetes/pause | 3.9 | true",
      })
  void testParse(String image, String registry, String repository, String tag, boolean explicit) {
    ImageReference ref = ImageReference.parse(image).orElseThrow();

    assertThat(ref.registry()).isEqualTo(registry);
    assertThat(ref.repository()).isEqualTo(repository);
    assertThat(ref.tag()).isEqualTo(tag == null ? "" : tag);
    assertThat(ref.explicitRegistry()).isEqualTo(explicit);
    assertThat(ref.hasDigest()).isFalse();
  }

  @Test
  void testDigestOnly() {
    ImageReference ref = ImageReference.parse("nginx@" + DIGEST).orElseThrow();

    assertThat(ref.repository()).isEqualTo("nginx");
    assertThat(ref.tag()).isEmpty();
    assertThat(ref.digest()).isEqualTo(DIGEST);
    assertThat(ref.hasDigest()).isTrue();
    assertThat(ref.isMutable()).isFalse();
  }

  @Test
  void testTagAndDigest_onARegistryWithAPort() {
    ImageReference ref = ImageReference.parse("registry.local:5000/team/app:1.2@" + DIGEST).orElseThrow();

    assertThat(ref.registry()).isEqualTo("registry.local:5000");
    assertThat(ref.repository()).isEqualTo("team/app");
    assertThat(ref.tag()).isEqualTo("1.2");
    assertThat(ref.digest()).isEqualTo(DIGEST);
    assertThat(ref.isMutable()).isFalse();
  }

  @Test
  void testMutability() {
    assertThat(ImageReference.parse("nginx").orElseThrow().isMutable()).isTrue();
    assertThat(ImageReference.parse("nginx:latest").orElseThrow().isMutable()).isTrue();
    assertThat(ImageReference.parse("localhost:5000/app").orElseThrow().isMutable()).isTrue();
    assertThat(ImageReference.parse("nginx:1.27").orElseThrow().isMutable()).isFalse();
    assertThat(ImageReference.parse("nginx:latest@" + DIGEST).orElseThrow().isMutable()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "nginx 1.27", "nginx\t", ":1.0", "@" + "sha256:abc", "registry.example.com/"})
  void testInvalid_isEmpty(String image) {
    assertThat(ImageReference.parse(image)).isEmpty();
  }

  @Test
  void testNull_isEmpty() {
    assertThat(ImageReference.parse(null)).isEmpty();
  }
}

package dev.seaworthy.rules.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ImageRegistryImplicitTest {

  private final RuleTester tester = RuleTester.forRule(new ImageRegistryImplicit());

  @Test
  void positive_noRegistryHost() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              initContainers:
                - name: init
                  # expect: image-registry-implicit init container "init" pulls "busybox:1.36" from Docker Hub implicitly (docker.io/library/busybox)
                  image: busybox:1.36
              containers:
                - name: agent
                  # expect: image-registry-implicit (docker.io/amazon/cloudwatch-agent)
                  image: amazon/cloudwatch-agent:latest
                - name: pinned
                  # expect: image-registry-implicit (docker.io/library/nginx)
                  image: nginx:latest@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31
              ephemeralContainers:
                - name: debug
                  # expect: image-registry-implicit ephemeral container "debug"
                  image: nicolaka/netshoot
            """)
        .verify();
  }

  @Test
  void negative_explicitRegistryHosts() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
                - name: ecr
                  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:2.4.1
                - name: ecr-public
                  image: public.ecr.aws/nginx/nginx:1.27
                - name: port
                  image: localhost:5000/app:1.0
                - name: localhost
                  image: localhost/app:1.0
                - name: explicit-hub
                  image: docker.io/library/nginx:1.27
                - name: blank
                  image: ""
                - name: spaces
                  image: "my app"
            """)
        .verify();
  }

  @Test
  void messageMatchesTheGuideExample() {
    var findings = tester.findings("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: x
              image: my-app:latest
        """);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("container \"x\" pulls \"my-app:latest\" from Docker Hub implicitly (docker.io/library/my-app)");
      assertThat(f.fixes()).isEmpty();
    });
  }
}

package dev.seaworthy.rules.images;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ImageTagMutableTest {

  private final RuleTester tester = RuleTester.forRule(new ImageTagMutable());

  @Test
  void positive_noTagAndLatestOnEveryContainerType() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              initContainers:
                - name: init
                  # expect: image-tag-mutable init container "init" image "busybox" has no tag
                  image: busybox
                - name: sidecar
                  restartPolicy: Always
                  # expect: image-tag-mutable init container "sidecar" image "localhost:5000/proxy" has no tag
                  image: localhost:5000/proxy
              containers:
                - name: app
                  # expect: image-tag-mutable container "app" image "my-app:latest" uses the mutable tag :latest
                  image: my-app:latest
                - name: agent
                  # expect: image-tag-mutable "amazon/cloudwatch-agent:latest"
                  image: amazon/cloudwatch-agent:latest
              ephemeralContainers:
                - name: debug
                  # expect: image-tag-mutable ephemeral container "debug"
                  image: nicolaka/netshoot
            """)
        .verify();
  }

  @Test
  void negative_versionTagsDigestsAndUnparsableImages() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
                - name: tagged
                  image: nginx:1.27
                - name: port-registry
                  image: localhost:5000/app:1.0
                - name: latest-pinned
                  image: nginx:latest@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31
                - name: digest-only
                  image: registry.k8s.io/pause@sha256:7031c1b283388d2c2e09b57badb803c05ebed362dc88d84b480cc47f72a21097
                - name: latest-lookalike
                  image: example.com/app:latest-2024
                - name: empty
                  image: ""
                - name: missing
                - name: spaces
                  image: "not an image"
            """)
        .verify();
  }
}

package dev.seaworthy.rules.images;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ImageDigestMissingTest {

  private final RuleTester tester = RuleTester.forRule(new ImageDigestMissing());

  @Test
  void positive_versionTagWithoutDigest() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  initContainers:
                    - name: migrate
                      # expect: image-digest-missing init container "migrate" image "example.com/migrate:2.0" is pinned by tag only
                      image: example.com/migrate:2.0
                  containers:
                    - name: api
                      # expect: image-digest-missing "localhost:5000/app:1.0"
                      image: localhost:5000/app:1.0
                  ephemeralContainers:
                    - name: debug
                      # expect: image-digest-missing ephemeral container "debug"
                      image: busybox:1.36
            """)
        .verify();
  }

  @Test
  void negative_digestsAndMutableImagesLeftToTheOtherRule() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
                - name: pinned
                  image: nginx:1.27@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31
                - name: latest-pinned
                  image: nginx:latest@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31
                - name: latest
                  image: nginx:latest
                - name: untagged
                  image: localhost:5000/app
                - name: blank
                  image: ""
            """)
        .verify();
  }
}

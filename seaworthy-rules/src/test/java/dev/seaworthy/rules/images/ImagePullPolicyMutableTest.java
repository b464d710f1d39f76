package dev.seaworthy.rules.images;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ImagePullPolicyMutableTest {

  private final RuleTester tester = RuleTester.forRule(new ImagePullPolicyMutable());

  @Test
  void positive_mutableImageWithCachingPolicy() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
            spec:
              selector:
                matchLabels: {app: agent}
              template:
                metadata:
                  labels: {app: agent}
                spec:
                  initContainers:
                    - name: sidecar
                      image: example.com/proxy
                      restartPolicy: Always
                      # expect: image-pull-policy-mutable init container "sidecar" pulls the mutable image "example.com/proxy" with imagePullPolicy IfNotPresent
                      imagePullPolicy: IfNotPresent
                  containers:
                    - name: agent
                      image: my-agent:latest
                      # expect: image-pull-policy-mutable imagePullPolicy Never
                      imagePullPolicy: Never
            """)
        .verify();
  }

  @Test
  void negative_digestsVersionTagsAndAlwaysOrDefault() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
                - name: latest-pinned
                  image: nginx:latest@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31
                  imagePullPolicy: IfNotPresent
                - name: digest
                  image: localhost:5000/app@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31
                  imagePullPolicy: Never
                - name: versioned
                  image: localhost:5000/app:1.0
                  imagePullPolicy: IfNotPresent
                - name: always
                  image: nginx:latest
                  imagePullPolicy: Always
                - name: defaulted
                  image: nginx
                - name: odd-policy
                  image: nginx
                  imagePullPolicy: [IfNotPresent]
                - name: blank
                  image: ""
                  imagePullPolicy: IfNotPresent
            """)
        .verify();
  }
}

package dev.seaworthy.rules.validity;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DuplicateContainerNameTest {

  private final RuleTester tester = RuleTester.forRule(new DuplicateContainerName());

  @Test
  void positive_namesRepeatedAcrossAllContainerLists() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: api
            spec:
              initContainers:
                - name: app
                  image: example/migrate:1.0.0
              containers:
                # expect: duplicate-container-name container "app" has the same name as init container "app" (line 7)
                - name: app
                  image: example/api:2.1.0
                - name: proxy
                  image: example/proxy:1.0.0
                # expect: duplicate-container-name container "proxy" has the same name as container "proxy"
                - name: proxy
                  image: example/proxy:1.0.0
              ephemeralContainers:
                # expect: duplicate-container-name ephemeral container "app"
                - name: app
                  image: busybox:1.36
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: nightly
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: OnFailure
                      containers:
                        - name: job
                          image: example/job:1.0.0
                        # expect: duplicate-container-name container "job"
                        - name: job
                          image: example/job:1.0.0
            """)
        .verify();
  }

  @Test
  void negative_uniqueNames() {
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
                      image: example/migrate:1.0.0
                  containers:
                    - name: api
                      image: example/api:2.1.0
                    - name: proxy
                      image: example/proxy:1.0.0
                    - image: example/unnamed:1.0.0
                    - image: example/unnamed:1.0.0
            """)
        .verify();
  }
}

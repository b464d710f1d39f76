package dev.seaworthy.rules.validity;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DuplicateEnvNameTest {

  private final RuleTester tester = RuleTester.forRule(new DuplicateEnvName());

  @Test
  void positive_laterEntriesOfARepeatedName() {
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
                      env:
                        - name: DB_HOST
                          value: db
                        # expect: duplicate-env-name init container "migrate" sets env "DB_HOST" again (first at line 16)
                        - name: DB_HOST
                          valueFrom:
                            configMapKeyRef: {name: db, key: host}
                  containers:
                    - name: api
                      image: example/api:2.1.0
                      env:
                        - {name: LOG_LEVEL, value: info}
                        - {name: PORT, value: "8080"}
                        # expect: duplicate-env-name container "api" sets env "LOG_LEVEL" again
                        - {name: LOG_LEVEL, value: debug}
                        # expect: duplicate-env-name sets env "LOG_LEVEL" again (first at line 26)
                        - {name: LOG_LEVEL, value: trace}
            """)
        .verify();
  }

  @Test
  void negative_distinctNamesPerContainer() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: api
            spec:
              containers:
                - name: api
                  image: example/api:2.1.0
                  env:
                    - {name: LOG_LEVEL, value: info}
                    - {name: log_level, value: info}
                    - value: no-name
                    - value: no-name-either
                - name: sidecar
                  image: example/sidecar:1.0.0
                  env:
                    - {name: LOG_LEVEL, value: info}
            """)
        .verify();
  }
}

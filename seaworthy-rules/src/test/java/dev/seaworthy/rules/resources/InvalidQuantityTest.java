package dev.seaworthy.rules.resources;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class InvalidQuantityTest {

  private final RuleTester tester = RuleTester.forRule(new InvalidQuantity());

  @Test
  void positive_unitsTyposNegativesAndNonQuantities() {
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
                    - name: init
                      image: example.com/init:1.0
                      resources:
                        limits:
                          # expect: invalid-quantity init container "init" has memory limit "512MB", which is not a valid quantity
                          memory: 512MB
                  containers:
                    - name: api
                      image: example.com/api:1.0
                      resources:
                        requests:
                          # expect: invalid-quantity container "api" has cpu request "2 cores"
                          cpu: 2 cores
                          # expect: invalid-quantity memory request "-1Gi", which is negative
                          memory: -1Gi
                          # expect: invalid-quantity ephemeral-storage request ""
                          ephemeral-storage: ""
                        limits:
                          # expect: invalid-quantity cpu limit "-0.5", which is negative
                          cpu: -0.5
                          # expect: invalid-quantity memory limit "yes"
                          memory: yes
                          # expect: invalid-quantity hugepages-2Mi limit a mapping
                          hugepages-2Mi: {size: 2}
                          # expect: invalid-quantity ".inf"
                          ephemeral-storage: .inf
            """)
        .verify();
  }

  @Test
  void negative_everyQuantitySpellingTheApiServerAccepts() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
                - name: numbers
                  image: example.com/app:1.0
                  resources:
                    requests:
                      cpu: 0.5
                      memory: 1000
                      ephemeral-storage: 1e3
                      nvidia.com/gpu: 1
                    limits:
                      cpu: .5
                      memory: 1_000_000
                      ephemeral-storage: 1E3
                      nvidia.com/gpu: 0x1
                - name: strings
                  image: example.com/app:1.0
                  resources:
                    requests:
                      cpu: "250m"
                      memory: "1.5Gi"
                      ephemeral-storage: "1e3"
                      hugepages-2Mi: 0
                    limits:
                      cpu: "+2"
                      memory: 129M
                      ephemeral-storage: 2Ei
                      hugepages-2Mi: ~
                - name: huge
                  image: example.com/app:1.0
                  resources:
                    requests:
                      memory: 99999999999999999999999
                    limits:
                      memory: 1e30
              ephemeralContainers:
                - name: debug
                  image: busybox:1.36
                  resources:
                    limits:
                      memory: lots
            """)
        .verify();
  }
}

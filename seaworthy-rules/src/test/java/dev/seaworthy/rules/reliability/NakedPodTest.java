package dev.seaworthy.rules.reliability;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NakedPodTest {

  private final RuleTester tester = RuleTester.forRule(new NakedPod());

  @Test
  void positive_podsWithoutOwner() {
    tester
        .yaml("""
            apiVersion: v1
            # expect: naked-pod Pod "web" has no owner
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: web
                  image: nginx:1.27
            ---
            apiVersion: v1
            # expect: naked-pod Pod "retrying"
            kind: Pod
            metadata:
              name: retrying
              ownerReferences: []
            spec:
              restartPolicy: OnFailure
              containers:
                - name: task
                  image: example/task:1.0.0
            """)
        .verify();
  }

  @Test
  void negative_ownedOneOffOrNotAPod() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web-7d4b9c-x2k4p
              ownerReferences:
                - {apiVersion: apps/v1, kind: ReplicaSet, name: web-7d4b9c, uid: 6f1c2a1e-0d5e-4c47-9f0e-1a2b3c4d5e6f, controller: true}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: debug-once
            spec:
              restartPolicy: Never
              containers:
                - name: shell
                  image: busybox:1.36
            ---
            apiVersion: example.com/v1
            kind: Pod
            metadata:
              name: not-core
            spec: {}
            """)
        .verify();
  }
}

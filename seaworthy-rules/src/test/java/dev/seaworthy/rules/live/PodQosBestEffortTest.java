package dev.seaworthy.rules.live;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PodQosBestEffortTest {

  private final RuleTester tester = RuleTester.forRule(new PodQosBestEffort());

  @Test
  void positive_oneFindingPerControllerOnItsFirstPod() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web-1
              namespace: shop
              ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-7d4b9c, uid: rs-1, controller: true}]
            spec:
              containers: [{name: app, image: "shop/web:1.4"}]
            status:
              phase: Running
              # expect: pod-qos-best-effort pod "web-1" (and 1 other pods of ReplicaSet "web-7d4b9c") runs with QoS class BestEffort
              qosClass: BestEffort
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: web-2
              namespace: shop
              ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-7d4b9c, uid: rs-1, controller: true}]
            spec:
              containers: [{name: app, image: "shop/web:1.4"}]
            status:
              phase: Running
              qosClass: BestEffort
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: lone
              namespace: shop
            spec:
              containers: [{name: app, image: "shop/tool:1"}]
            status:
              phase: Pending
              # expect: pod-qos-best-effort pod "lone" runs with QoS class BestEffort
              qosClass: BestEffort
            """)
        .verify();
  }

  @Test
  void negative_systemOrNonProductionNamespacesFinishedPodsAndOtherClasses() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: sandbox
              labels: {environment: Dev}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: try, namespace: sandbox}
            spec:
              containers: [{name: app, image: "x:1"}]
            status: {phase: Running, qosClass: BestEffort}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: coredns-x, namespace: kube-system}
            spec:
              containers: [{name: app, image: "x:1"}]
            status: {phase: Running, qosClass: BestEffort}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: done, namespace: shop}
            spec:
              containers: [{name: app, image: "x:1"}]
            status: {phase: Succeeded, qosClass: BestEffort}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: ok, namespace: shop}
            spec:
              containers: [{name: app, image: "x:1", resources: {requests: {cpu: 100m}}}]
            status: {phase: Running, qosClass: Burstable}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: manifest, namespace: shop}
            spec:
              containers: [{name: app, image: "x:1"}]
            """)
        .verify();
  }
}

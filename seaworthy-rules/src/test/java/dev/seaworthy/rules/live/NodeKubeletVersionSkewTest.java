package dev.seaworthy.rules.live;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NodeKubeletVersionSkewTest {

  private final RuleTester tester = RuleTester.forRule(new NodeKubeletVersionSkew()).kubernetesVersion("1.33");

  @Test
  void positive_tooOldAndNewerThanTheControlPlane() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Node
            metadata:
              name: old
            status:
              nodeInfo:
                # expect: node-kubelet-version-skew kubelet 1.29, 4 minor versions behind the control plane (1.33); the supported skew is 3
                kubeletVersion: v1.29.15-eks-473151a
            """)
        .yaml("""
            apiVersion: v1
            kind: Node
            metadata:
              name: new
            status:
              nodeInfo:
                # expect: node-kubelet-version-skew kubelet 1.34, newer than the control plane (1.33)
                kubeletVersion: v1.34.1
            """)
        .verify();
  }

  @Test
  void positive_oldKubeletsHaveASkewOfTwo() {
    RuleTester.forRule(new NodeKubeletVersionSkew()).kubernetesVersion("1.27")
        .yaml("""
            apiVersion: v1
            kind: Node
            metadata:
              name: old
            status:
              nodeInfo:
                # expect: node-kubelet-version-skew the supported skew is 2
                kubeletVersion: v1.24.17-eks-1
            """)
        .verify();
  }

  @Test
  void negative_withinTheSkewOrUnknown() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Node
            metadata:
              name: three-behind
            status:
              nodeInfo:
                kubeletVersion: v1.30.2-eks-1
            """)
        .yaml("""
            apiVersion: v1
            kind: Node
            metadata:
              name: same
            status:
              nodeInfo:
                kubeletVersion: v1.33.0
            """)
        .yaml("""
            apiVersion: v1
            kind: Node
            metadata:
              name: garbled
            status:
              nodeInfo:
                kubeletVersion: unknown
            """)
        .verify();
  }
}

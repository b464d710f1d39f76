package dev.seaworthy.rules.security;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.ContainerRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.ContainerView;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * One violation per port with a hostPort above 0. Pods on the host network are skipped: every port
 * they open is a host port, and host-network reports that once.
 */
@RuleInfo(
    id = "host-port",
    title = "Container binds a host port",
    severity = Severity.MEDIUM,
    category = Category.SECURITY,
    description = """
        A hostPort opens the port on the node's own IP address, bypassing Services, and lets only \
        one such pod run per node, which breaks rolling updates and scheduling when nodes are \
        scarce. Traffic to it reaches the pod from anywhere that can reach the node, outside the \
        controls that apply to Services. The Pod Security Standards baseline profile forbids host \
        ports unless they are on an allow list.""",
    remediation = "Remove `hostPort` and expose the pod through a Service (ClusterIP, NodePort or a load balancer).",
    references = {
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/concepts/configuration/overview/#services",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    equivalents = {"polaris:hostPortSet", "kubescape:C-0044", "checkov:CKV_K8S_26", "trivy:KSV-0024"},
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: web
              image: nginx:1.27
              ports:
                - containerPort: 80
                  hostPort: 80
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: web
              image: nginx:1.27
              ports:
                - containerPort: 80
        """)
public final class HostPort implements ContainerRule {

  @Override
  public boolean appliesTo(ContainerView container) {
    return container.type() != ContainerView.Type.EPHEMERAL;
  }

  @Override
  public List<Violation> check(ContainerView container, RuleContext context) {
    if (PodFacts.isTrue(container.pod().spec().at("hostNetwork"))) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (Node port : container.ports()) {
      Node hostPort = port.at("hostPort");
      OptionalLong number = hostPort.asLong();
      if (number.isPresent() && number.getAsLong() > 0) {
        out.add(Violation.of(hostPort, container.describe() + " binds host port " + number.getAsLong()));
      }
    }
    return out;
  }
}

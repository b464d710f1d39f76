package dev.seaworthy.rules.security;

import dev.seaworthy.core.rule.Category;
import dev.seaworthy.core.rule.PodSpecRule;
import dev.seaworthy.core.rule.RuleContext;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.Severity;
import dev.seaworthy.core.rule.Violation;
import dev.seaworthy.core.view.PodSpecView;
import java.util.ArrayList;
import java.util.List;

/**
 * One violation per hostPath volume, on its path. The message says whether any container (init and
 * ephemeral included) mounts it without {@code readOnly: true}, because a writable host mount is
 * the one that lets a container change the node.
 */
@RuleInfo(
    id = "host-path-volume",
    title = "Pod mounts a hostPath volume",
    severity = Severity.MEDIUM,
    category = Category.SECURITY,
    description = """
        A hostPath volume exposes part of the node's filesystem to the pod. It ties the pod to \
        whatever the node happens to hold, survives the pod, and, when mounted writable, lets a \
        compromised container plant files the node or other pods will read. The Pod Security \
        Standards baseline profile forbids every hostPath volume; where one is unavoidable (node \
        agents), mount it read-only and as narrowly as possible.""",
    remediation = "Replace the hostPath volume with an emptyDir, ConfigMap, Secret or PersistentVolumeClaim, or at least mount it with `readOnly: true`.",
    references = {
      "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html"
    },
    equivalents = {
      "polaris:hostPathSet",
      "kube-linter:writable-host-mount",
      "kubescape:C-0045",
      "kubescape:C-0048",
      "trivy:KSV-0023",
      "hardeneks:disallow_host_path_or_make_it_read_only"
    },
    example = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: cache
        spec:
          containers:
            - name: cache
              image: cache:3.0
              volumeMounts:
                - name: data
                  mountPath: /data
          volumes:
            - name: data
              hostPath:
                path: /mnt/cache
        """,
    fixedExample = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: cache
        spec:
          containers:
            - name: cache
              image: cache:3.0
              volumeMounts:
                - name: data
                  mountPath: /data
          volumes:
            - name: data
              emptyDir: {}
        """)
public final class HostPathVolume implements PodSpecRule {

  @Override
  public List<Violation> check(PodSpecView pod, RuleContext context) {
    List<Violation> out = new ArrayList<>();
    for (HostPaths.HostPathVolume v : HostPaths.of(pod)) {
      String path = v.pathNode().textOr("<no path>");
      out.add(Violation.of(v.anchor(), "hostPath volume \"" + v.name() + "\" mounts " + path + " from the node" + HostPaths.mountSummary(pod, v.name())));
    }
    return out;
  }
}

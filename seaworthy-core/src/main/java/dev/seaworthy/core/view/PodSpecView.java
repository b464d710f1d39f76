package dev.seaworthy.core.view;

import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The pod spec of any pod-bearing object: a Pod, the template of a Deployment, StatefulSet,
 * DaemonSet, ReplicaSet, ReplicationController or Job, the job template of a CronJob, a PodTemplate,
 * and custom resources that embed a pod template at {@code spec.template} (Argo Rollouts, OpenKruise
 * and the like). Rules read pods through this view and never care where the spec sits.
 */
public final class PodSpecView {

  private static final Set<String> TEMPLATE_KINDS =
      Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job");
  private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "extensions");
  private static final Set<String> CONTROLLER_KINDS =
      Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob");

  private final Resource resource;
  private final Node spec;
  private final Node templateMetadata;
  private final String specPointer;
  private final String metadataPointer;
  private final List<ContainerView> containers;
  // rules ask for these for every resource: filtered once
  private final List<ContainerView> regular;
  private final List<ContainerView> init;
  private volatile Map<String, String> podLabels;

  private PodSpecView(Resource resource, Node spec, Node templateMetadata, String specPointer, String metadataPointer) {
    this.resource = resource;
    this.spec = spec;
    this.templateMetadata = templateMetadata;
    this.specPointer = specPointer;
    this.metadataPointer = metadataPointer;
    List<ContainerView> all = new ArrayList<>();
    add(all, ContainerView.Type.INIT, "initContainers");
    add(all, ContainerView.Type.CONTAINER, "containers");
    add(all, ContainerView.Type.EPHEMERAL, "ephemeralContainers");
    this.containers = List.copyOf(all);
    this.regular = containers.stream().filter(c -> c.type() == ContainerView.Type.CONTAINER).toList();
    this.init = containers.stream().filter(c -> c.type() == ContainerView.Type.INIT).toList();
  }

  private void add(List<ContainerView> out, ContainerView.Type type, String field) {
    List<Node> items = spec.at(field).items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).isMap()) {
        out.add(new ContainerView(this, items.get(i), type, specPointer + "/" + field + "/" + i));
      }
    }
  }

  /** The pod spec of a resource, if it carries one. */
  public static Optional<PodSpecView> of(Resource r) {
    Node root = r.node();
    boolean builtIn = BUILT_IN_GROUPS.contains(r.group());
    if (builtIn && r.kind().equals("Pod")) {
      return view(r, root.at("spec"), root.at("metadata"), "/spec", "/metadata");
    }
    if (builtIn && TEMPLATE_KINDS.contains(r.kind())) {
      return view(r, root.at("spec", "template", "spec"), root.at("spec", "template", "metadata"), "/spec/template/spec", "/spec/template/metadata");
    }
    if (builtIn && r.kind().equals("CronJob")) {
      Node template = root.at("spec", "jobTemplate", "spec", "template");
      return view(r, template.at("spec"), template.at("metadata"), "/spec/jobTemplate/spec/template/spec", "/spec/jobTemplate/spec/template/metadata");
    }
    if (builtIn && r.kind().equals("PodTemplate")) {
      return view(r, root.at("template", "spec"), root.at("template", "metadata"), "/template/spec", "/template/metadata");
    }
    if (!builtIn && root.at("spec", "template", "spec", "containers").isList()) {
      return view(r, root.at("spec", "template", "spec"), root.at("spec", "template", "metadata"), "/spec/template/spec", "/spec/template/metadata");
    }
    return Optional.empty();
  }

  private static Optional<PodSpecView> view(Resource r, Node spec, Node meta, String specPointer, String metaPointer) {
    if (!spec.isMap()) {
      return Optional.empty();
    }
    return Optional.of(new PodSpecView(r, spec, meta, specPointer, metaPointer));
  }

  public Resource resource() {
    return resource;
  }

  /** The pod spec node. */
  public Node spec() {
    return spec;
  }

  /** The metadata of the pods this spec creates (the object's own metadata for a Pod). */
  public Node templateMetadata() {
    return templateMetadata;
  }

  /** JSON pointer of the pod spec inside the resource, for fixes. */
  public String specPointer() {
    return specPointer;
  }

  public String metadataPointer() {
    return metadataPointer;
  }

  /** The node to report a missing pod-level field against: the spec, or the object when the spec is empty. */
  public Node anchor() {
    return spec.position().isKnown() ? spec : resource.node();
  }

  /** The labels of the pods this spec creates (computed once: selector matching asks often). */
  public Map<String, String> podLabels() {
    Map<String, String> labels = podLabels;
    if (labels == null) {
      Map<String, String> out = new TreeMap<>();
      templateMetadata.at("labels").entries().forEach((k, v) -> v.text().ifPresent(t -> out.put(k, t)));
      labels = java.util.Collections.unmodifiableMap(out);
      podLabels = labels;
    }
    return labels;
  }

  public Node securityContext() {
    return spec.at("securityContext");
  }

  /** Init, regular and ephemeral containers, in that order. */
  public List<ContainerView> allContainers() {
    return containers;
  }

  public List<ContainerView> containers() {
    return regular;
  }

  public List<ContainerView> initContainers() {
    return init;
  }

  /** Whether the object is a controller (Deployment, Job, ...) rather than a bare Pod. */
  public boolean isController() {
    return !resource.kind().equals("Pod");
  }

  /** Pods that run to completion: Jobs, CronJobs, and Pods with restartPolicy Never/OnFailure. */
  public boolean runsToCompletion() {
    String kind = resource.kind();
    if (kind.equals("Job") || kind.equals("CronJob")) {
      return true;
    }
    String restart = spec.at("restartPolicy").textOr("Always");
    return !restart.equals("Always");
  }

  /** A Deployment, StatefulSet, DaemonSet, ReplicaSet or bare Pod meant to keep running. */
  public boolean isLongRunning() {
    return !runsToCompletion();
  }

  public static boolean isBuiltInController(Resource r) {
    return BUILT_IN_GROUPS.contains(r.group()) && CONTROLLER_KINDS.contains(r.kind());
  }

  public String serviceAccountName() {
    String name = spec.at("serviceAccountName").textOr("");
    if (name.isEmpty()) {
      name = spec.at("serviceAccount").textOr("");
    }
    return name.isEmpty() ? "default" : name;
  }
}

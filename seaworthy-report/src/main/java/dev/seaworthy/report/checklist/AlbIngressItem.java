package dev.seaworthy.report.checklist;

import dev.seaworthy.core.inventory.Inventory;
import dev.seaworthy.core.model.Resource;
import dev.seaworthy.core.rule.ChecklistItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * 12. ALB for ingress. Evidence: Ingresses served by the AWS Load Balancer Controller (class
 * {@code alb}, an IngressClass whose controller is {@code ingress.k8s.aws/alb}, the default such
 * class, or the deprecated {@code kubernetes.io/ingress.class: alb} annotation, which the API
 * lifecycle rules report). Gaps: Ingresses served by another controller, and LoadBalancer Services
 * left to the legacy in-tree controller (a Classic Load Balancer). Absence fails when Ingresses exist
 * and none is an ALB.
 */
final class AlbIngressItem implements ItemDefinition {

  static final String CONTROLLER = "ingress.k8s.aws/alb";
  private static final String CLASS_ANNOTATION = "kubernetes.io/ingress.class";

  @Override
  public ChecklistItem item() {
    return ChecklistItem.ALB_INGRESS;
  }

  @Override
  public Evidence collect(Inventory input) {
    Set<String> albClasses = new TreeSet<>(Set.of("alb"));
    Optional<String> defaultClass = Optional.empty();
    for (Resource ic : Inputs.ofKinds(input, "networking.k8s.io", "IngressClass")) {
      boolean alb = ic.node().at("spec", "controller").textOr("").equals(CONTROLLER);
      if (alb) {
        albClasses.add(ic.name());
      } else {
        albClasses.remove(ic.name());
      }
      if (ic.annotation("ingressclass.kubernetes.io/is-default-class").orElse("").equals("true")) {
        defaultClass = Optional.of(ic.name());
      }
    }
    List<Resource> albs = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    List<Resource> ingresses = Inputs.ofKinds(input, "networking.k8s.io", "Ingress");
    ingresses.addAll(Inputs.ofKinds(input, "extensions", "Ingress"));
    for (Resource ing : Inputs.sorted(ingresses)) {
      Optional<String> cls = ing.node().at("spec", "ingressClassName").text().or(() -> ing.annotation(CLASS_ANNOTATION));
      Optional<String> effective = cls.isPresent() ? cls : defaultClass;
      if (effective.isPresent() && albClasses.contains(effective.get())) {
        albs.add(ing);
      } else {
        gaps.add(ing.ref() + (effective.isPresent() ? " is served by class \"" + effective.get() + "\"" : " names no ingress class")
            + ", not the AWS Load Balancer Controller" + Inputs.at(ing.position()));
      }
    }
    for (Resource svc : Inputs.ofKinds(input, "", "Service")) {
      if (!svc.node().at("spec", "type").textOr("").equals("LoadBalancer")) {
        continue;
      }
      String type = svc.annotation("service.beta.kubernetes.io/aws-load-balancer-type").orElse("");
      boolean lbc = svc.node().at("spec", "loadBalancerClass").textOr("").startsWith("service.k8s.aws/")
          || type.equals("external") || type.equals("nlb-ip");
      if (!lbc && !type.equals("nlb")) {
        gaps.add(svc.ref() + " is a LoadBalancer Service left to the legacy in-tree controller, which creates a Classic "
            + "Load Balancer; use an Ingress with class alb, or an NLB through the AWS Load Balancer Controller" + Inputs.at(svc.position()));
      }
    }
    Absence absence =
        ingresses.isEmpty() || !albs.isEmpty()
            ? Absence.manual("no Ingress in the audited input")
            : Absence.fail("no Ingress in the audited input uses the ALB: " + gaps.get(0));
    return new Evidence(albs, gaps, List.of(), absence);
  }

  @Override
  public String proof() {
    return "the AWS Load Balancer Controller installed (`kubectl get ingressclass` shows controller " + CONTROLLER
        + ") and the cluster's Ingresses using it";
  }
}

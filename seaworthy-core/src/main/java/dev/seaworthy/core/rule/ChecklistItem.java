package dev.seaworthy.core.rule;

/** The 15 items of the guide's closing "Best Practices Checklist", in the guide's order. */
public enum ChecklistItem {
  MANAGED_NODE_GROUPS("Use managed node groups for easier updates"),
  IRSA("Implement IRSA for pod-level permissions"),
  CLUSTER_AUTOSCALING("Enable cluster autoscaling"),
  NETWORK_POLICIES("Configure network policies"),
  CONTAINER_INSIGHTS("Set up monitoring with Container Insights"),
  VELERO_BACKUP("Implement backup strategy with Velero"),
  SPOT_INSTANCES("Use Spot instances for non-critical workloads"),
  RESOURCE_QUOTAS("Configure resource quotas and limits"),
  AUDIT_LOGGING("Enable audit logging"),
  SECRETS_MANAGEMENT("Implement secrets management"),
  CENTRALIZED_LOGGING("Set up centralized logging"),
  ALB_INGRESS("Use ALB for ingress"),
  SECURITY_UPDATES("Regular security updates"),
  DR_TESTING("Test disaster recovery procedures"),
  COST_MONITORING("Monitor costs with Cost Explorer");

  private final String text;

  ChecklistItem(String text) {
    this.text = text;
  }

  /** The item as the guide words it. */
  public String text() {
    return text;
  }

  public int number() {
    return ordinal() + 1;
  }
}

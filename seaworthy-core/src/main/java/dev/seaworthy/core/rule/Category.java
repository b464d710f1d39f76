package dev.seaworthy.core.rule;

import java.util.Locale;

/** The area of the guide a rule belongs to; rule packages follow the same split. */
public enum Category {
  SECURITY("Pod and container security"),
  IMAGES("Images and supply chain"),
  RESOURCES("Resource requests and limits"),
  RELIABILITY("Probes and availability"),
  VALIDITY("Structural validity"),
  DEPRECATION("API lifecycle and deprecations"),
  NETWORK("Network"),
  IDENTITY("Identity and IRSA"),
  AUTOSCALING("Autoscaling"),
  OBSERVABILITY("Monitoring and logging"),
  COST("Cost"),
  DR("Backup and disaster recovery"),
  INGRESS("Load balancing and ingress"),
  SECRETS("Secrets management"),
  CLUSTER("Cluster configuration");

  private final String title;

  Category(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package dev.seaworthy.rules.ingress;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The ingress rules, sorted by class name. */
public final class IngressRules {

  private IngressRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new AlbCertificateArnInvalid(),
        new AlbHealthCheckInvalid(),
        new AlbHttpsListenerWithoutCertificate(),
        new AlbInstanceTargetClusterIpService(),
        new AlbInternetFacingWithoutWaf(),
        new AlbSslRedirectWithoutHttpsListener(),
        new AlbTargetTypeInstance(),
        new AlbWafAclArnInvalid(),
        new IngressBackendPortNotFound(),
        new IngressBackendServiceNotFound(),
        new IngressClassNotFound()
        // keep-sorted end
        );
  }
}

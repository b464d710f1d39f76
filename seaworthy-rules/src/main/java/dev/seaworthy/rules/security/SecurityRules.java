package dev.seaworthy.rules.security;

import dev.seaworthy.core.rule.Rule;
import java.util.List;

/** The security rules, sorted by class name. */
public final class SecurityRules {

  private SecurityRules() {}

  public static List<Rule> all() {
    return List.of(
        // keep-sorted start
        new CapabilitiesNotDropped(),
        new ContainerRuntimeSocket(),
        new DangerousCapabilityAdded(),
        new DeprecatedServiceAccountField(),
        new EnvLiteralCredential(),
        new HostIpc(),
        new HostNetwork(),
        new HostPathSensitive(),
        new HostPathVolume(),
        new HostPid(),
        new HostPort(),
        new HostProcess(),
        new NamespacePodSecurityAuditWarnMissing(),
        new NamespacePodSecurityNotEnforced(),
        new PodSecurityPolicyToPsa(),
        new PrivilegeEscalationAllowed(),
        new PrivilegedContainer(),
        new ProcMountUnmasked(),
        new RunAsRoot(),
        new RunAsRootGroup(),
        new SeccompProfileMissing(),
        new ServiceAccountTokenAutomount(),
        new UnsafeSysctl(),
        new WorkloadInDefaultNamespace(),
        new WritableRootFilesystem()
        // keep-sorted end
        );
  }
}

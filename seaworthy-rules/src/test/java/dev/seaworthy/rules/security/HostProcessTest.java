package dev.seaworthy.rules.security;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HostProcessTest {

  private final RuleTester tester = RuleTester.forRule(new HostProcess());

  @Test
  void positive_podLevelInheritedAndContainerLevel() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: win-agent
            spec:
              selector:
                matchLabels: {app: win-agent}
              template:
                metadata:
                  labels: {app: win-agent}
                spec:
                  os: {name: windows}
                  hostNetwork: true
                  securityContext:
                    windowsOptions:
                      hostProcess: true
                      runAsUserName: "NT AUTHORITY\\\\SYSTEM"
                  initContainers:
                    # expect: host-process init container "setup" runs as a Windows HostProcess container (hostProcess: true in the pod securityContext)
                    - name: setup
                      image: setup:1.0-windows
                  containers:
                    # expect: host-process container "agent"
                    - name: agent
                      image: agent:1.0-windows
                      securityContext:
                        windowsOptions:
                          runAsUserName: "NT AUTHORITY\\\\Local service"
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: win
            spec:
              hostNetwork: true
              containers:
                - name: agent
                  image: agent:1.0-windows
                  securityContext:
                    windowsOptions:
                      # expect: host-process container "agent" runs as a Windows HostProcess container
                      hostProcess: true
            """)
        .verify();
  }

  @Test
  void negative_falseUnsetQuotedAndLinux() {
    tester
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: win
            spec:
              os: {name: windows}
              securityContext:
                windowsOptions: {hostProcess: false, runAsUserName: ContainerUser}
              containers:
                - name: app
                  image: app:1.0-windows
                - name: quoted
                  image: app:1.0-windows
                  securityContext:
                    windowsOptions: {hostProcess: "true"}
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: linux
            spec:
              containers:
                - name: web
                  image: nginx:1.27
            """)
        .verify();
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new HostProcess());
  }
}

package dev.seaworthy.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnsafeSysctlTest {

  private final RuleTester tester = RuleTester.forRule(new UnsafeSysctl());

  @Test
  void positive_unsafeNamesInAnyPodSpec() {
    tester
        .yaml("""
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: redis
            spec:
              serviceName: redis
              selector:
                matchLabels: {app: redis}
              template:
                metadata:
                  labels: {app: redis}
                spec:
                  securityContext:
                    sysctls:
                      # expect: unsafe-sysctl sysctl net.core.somaxconn is not in the Kubernetes safe set
                      - name: net.core.somaxconn
                        value: "1024"
                      - name: net.ipv4.ip_local_port_range
                        value: "1024 65535"
                      # expect: unsafe-sysctl sysctl kernel.msgmax
                      - {name: kernel.msgmax, value: "65536"}
                      # expect: unsafe-sysctl sysctl vm.max_map_count
                      - name: vm/max_map_count
                        value: "262144"
                  containers:
                    - name: redis
                      image: redis:7.4
            """)
        .verify();
  }

  @Test
  void positive_versionDependentEntriesBeforeTheirRelease() {
    tester
        .kubernetesVersion("1.31")
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: cassandra
            spec:
              securityContext:
                sysctls:
                  # expect: unsafe-sysctl sysctl net.ipv4.tcp_rmem is safe only from Kubernetes 1.32; on 1.31 it is unsafe
                  - name: net.ipv4.tcp_rmem
                    value: "4096 87380 16777216"
                  - name: net.ipv4.tcp_keepalive_time
                    value: "300"
              containers:
                - name: cassandra
                  image: cassandra:5.0
            """)
        .verify();
  }

  @Test
  void negative_safeSetForTheTargetVersion() {
    tester
        .kubernetesVersion("1.32")
        .yaml("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: job
            spec:
              schedule: "@daily"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      securityContext:
                        sysctls:
                          - {name: kernel.shm_rmid_forced, value: "1"}
                          - {name: net.ipv4.ping_group_range, value: "0 2147483647"}
                          - {name: net.ipv4.ip_unprivileged_port_start, value: "0"}
                          - {name: net.ipv4.ip_local_reserved_ports, value: "30000-32767"}
                          - {name: net.ipv4.tcp_fin_timeout, value: "30"}
                          - {name: net.ipv4.tcp_wmem, value: "4096 65536 16777216"}
                          - {name: net/ipv4/tcp_syncookies, value: "1"}
                          - {value: "orphan"}
                      containers:
                        - name: job
                          image: job:1.0
            """)
        .yaml("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: plain
            spec:
              containers:
                - name: web
                  image: nginx:1.27
            """)
        .verify();
  }

  @Test
  void slashFormIsConvertedLikeTheKubelet() {
    assertThat(UnsafeSysctl.dotted("net/ipv4/conf/eth0.100/rp_filter")).isEqualTo("net.ipv4.conf.eth0/100.rp_filter");
    assertThat(UnsafeSysctl.dotted("net.ipv4.conf.eth0/100.rp_filter")).isEqualTo("net.ipv4.conf.eth0/100.rp_filter");
    assertThat(UnsafeSysctl.dotted("kernel.shm_rmid_forced")).isEqualTo("kernel.shm_rmid_forced");
  }

  @Test
  void oddInputDoesNotThrow() {
    OddInput.auditsQuietly(new UnsafeSysctl());
  }
}

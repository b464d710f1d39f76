package dev.seaworthy.bench.jmh;

import dev.seaworthy.core.config.AuditConfig;
import dev.seaworthy.core.engine.AuditEngine;
import dev.seaworthy.core.engine.AuditReport;
import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.load.ManifestLoader;
import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.rules.BuiltInRules;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole rule catalog on one typical Deployment (two containers, probes, resources, security
 * context), through the engine as an audit runs it: views, every rule, suppression, sorting.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RulesBenchmark {

  static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: api
        namespace: shop
        labels:
          app.kubernetes.io/name: api
      spec:
        replicas: 3
        selector:
          matchLabels:
            app.kubernetes.io/name: api
        template:
          metadata:
            labels:
              app.kubernetes.io/name: api
          spec:
            serviceAccountName: api
            automountServiceAccountToken: false
            securityContext:
              runAsNonRoot: true
              runAsUser: 10001
              seccompProfile:
                type: RuntimeDefault
            containers:
              - name: api
                image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:2.7.0
                ports:
                  - name: http
                    containerPort: 8080
                env:
                  - name: LOG_LEVEL
                    value: info
                resources:
                  requests:
                    cpu: 500m
                    memory: 512Mi
                  limits:
                    memory: 512Mi
                readinessProbe:
                  httpGet:
                    path: /ready
                    port: http
                livenessProbe:
                  httpGet:
                    path: /health
                    port: http
                securityContext:
                  allowPrivilegeEscalation: false
                  readOnlyRootFilesystem: true
                  capabilities:
                    drop: ["ALL"]
              - name: proxy
                image: envoyproxy/envoy:v1.31.0
                resources:
                  requests:
                    cpu: 100m
                    memory: 128Mi
      """;

  private AuditEngine engine;
  private LoadedInput input;
  private LoadedInput hundred;
  private AuditConfig config;

  @Setup
  public void setUp() {
    engine = new AuditEngine(RuleRegistry.withPlugins(BuiltInRules.all()));
    input = new ManifestLoader().loadText("deployment.yaml", DEPLOYMENT);
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      // its own name, labels and service account, as distinct workloads have
      many.append(DEPLOYMENT.replace(": api\n", ": api-" + i + "\n")).append("---\n");
    }
    hundred = new ManifestLoader().loadText("deployments.yaml", many.toString());
    config = AuditConfig.defaults().withAuditDate(LocalDate.of(2026, 1, 15)).withThreads(1);
  }

  /** One audit of one object: includes what every audit pays once (inventory, sorting, score). */
  @Benchmark
  public AuditReport catalogOnOneDeployment() {
    return engine.audit(input, config);
  }

  /** The cost per object inside a larger audit: 100 Deployments per operation, reported per Deployment. */
  @Benchmark
  @OperationsPerInvocation(100)
  public AuditReport catalogPerDeploymentOfHundred() {
    return engine.audit(hundred, config);
  }
}

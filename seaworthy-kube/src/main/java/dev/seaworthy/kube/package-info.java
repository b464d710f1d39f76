/**
 * The live cluster: a collector that reads what the rules need through the Kubernetes API (kubeconfig
 * as kubectl reads it, paged lists, Secrets as metadata only), live objects turned into core resources
 * for {@code audit --cluster}, and the analyzers of {@code diagnose}.
 */
package dev.seaworthy.kube;

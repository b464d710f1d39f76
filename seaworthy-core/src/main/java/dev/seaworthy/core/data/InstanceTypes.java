package dev.seaworthy.core.data;

import dev.seaworthy.core.model.Node;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * EC2 instance types from the bundled, dated {@code ec2-instance-types.tsv} (described by
 * {@code ec2-instance-types.yaml}): vCPU, memory, hypervisor, ENI limits, and what follows from them
 * on an EKS node: max pods in both VPC CNI modes and the allocatable CPU and memory of an EKS AMI.
 */
public final class InstanceTypes {

  private static final String DESCRIPTOR = "/dev/seaworthy/core/data/ec2-instance-types.yaml";
  private static final InstanceTypes BUNDLED = load();

  /** Above this many vCPUs the recommended prefix-mode cap is 250 pods instead of 110. */
  private static final int LARGE_NODE_VCPU = 30;

  /**
   * One instance type; a value the sources do not give is empty.
   *
   * @param hypervisor {@code nitro}, {@code xen} or {@code unknown} (bare metal)
   */
  public record InstanceType(
      String name, OptionalInt vcpu, OptionalInt memoryMib, int gpu, String arch, OptionalInt enis, OptionalInt ipv4PerEni,
      String hypervisor, boolean bareMetal, Optional<BigDecimal> onDemandHourlyUsd) {

    /** The family: {@code t3a} for {@code t3a.large}. */
    public String family() {
      int dot = name.indexOf('.');
      return dot < 0 ? name : name.substring(0, dot);
    }

    public boolean isXen() {
      return hypervisor.equals("xen");
    }

    /** The burstable (CPU credit) families: t2, t3, t3a, t4g and the older t1. */
    public boolean isBurstable() {
      return family().matches("t\\d[a-z]*");
    }

    /** Max pods with the VPC CNI's secondary-IP mode: ENIs x (IPv4 per ENI - 1) + 2. */
    public OptionalInt maxPods() {
      if (enis.isEmpty() || ipv4PerEni.isEmpty()) {
        return OptionalInt.empty();
      }
      return OptionalInt.of(enis.getAsInt() * (ipv4PerEni.getAsInt() - 1) + 2);
    }

    /** Max pods with prefix delegation (Nitro only), capped as EKS recommends; empty on Xen. */
    public OptionalInt maxPodsWithPrefixDelegation() {
      if (!hypervisor.equals("nitro") || enis.isEmpty() || ipv4PerEni.isEmpty() || vcpu.isEmpty()) {
        return OptionalInt.empty();
      }
      int raw = enis.getAsInt() * ((ipv4PerEni.getAsInt() - 1) * 16) + 2;
      return OptionalInt.of(Math.min(raw, vcpu.getAsInt() > LARGE_NODE_VCPU ? 250 : 110));
    }

    /** Allocatable CPU in millicores: capacity minus kube-reserved (6% / 1% / 0.5% / 0.25% per core). */
    public OptionalInt allocatableMillicores() {
      if (vcpu.isEmpty()) {
        return OptionalInt.empty();
      }
      int cores = vcpu.getAsInt();
      double reserved = 0;
      for (int core = 1; core <= cores; core++) {
        reserved += core == 1 ? 60 : core == 2 ? 10 : core <= 4 ? 5 : 2.5;
      }
      return OptionalInt.of(cores * 1000 - (int) Math.ceil(reserved));
    }

    /**
     * Allocatable memory in MiB: the nominal memory minus kube-reserved (11 MiB per pod of the
     * secondary-IP max pods, plus 255 MiB) and the 100 MiB eviction threshold. The kernel keeps a
     * little of the nominal memory, so a real node has somewhat less: this is an upper bound.
     */
    public OptionalInt allocatableMemoryMib() {
      if (memoryMib.isEmpty() || maxPods().isEmpty()) {
        return OptionalInt.empty();
      }
      return OptionalInt.of(memoryMib.getAsInt() - (11 * maxPods().getAsInt() + 255) - 100);
    }

    /** {@code 8 vCPU / 16 GiB} for messages. */
    public String describeShape() {
      if (vcpu.isEmpty() || memoryMib.isEmpty()) {
        return "shape unknown";
      }
      int mib = memoryMib.getAsInt();
      String memory = mib % 1024 == 0 ? mib / 1024 + " GiB" : String.format(Locale.ROOT, "%.1f GiB", mib / 1024.0);
      return vcpu.getAsInt() + " vCPU / " + memory + (gpu > 0 ? " / " + gpu + " GPU" : "");
    }
  }

  private final Map<String, InstanceType> types;
  private final String reviewed;

  private InstanceTypes(Map<String, InstanceType> types, String reviewed) {
    this.types = Map.copyOf(types);
    this.reviewed = reviewed;
  }

  public static InstanceTypes bundled() {
    return BUNDLED;
  }

  private static InstanceTypes load() {
    Node descriptor = DataFiles.read(InstanceTypes.class, DESCRIPTOR);
    String table = "/dev/seaworthy/core/data/" + descriptor.at("table").textOr("");
    Map<String, InstanceType> types = new HashMap<>();
    try (InputStream in = InstanceTypes.class.getResourceAsStream(table)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled data file " + table);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = reader.readLine();
      if (header == null || !header.startsWith("instance_type\tvcpu\tmemory_mib\tgpu\tarch\tmax_enis_default_card\tipv4_per_eni\thypervisor\tbare_metal")) {
        throw new IllegalStateException("bundled data file " + table + " has an unexpected header: " + header);
      }
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length < 10) {
          throw new IllegalStateException("bundled data file " + table + " has a short line: " + line);
        }
        types.put(c[0], new InstanceType(c[0], integer(c[1]), integer(c[2]), integer(c[3]).orElse(0), c[4], integer(c[5]), integer(c[6]),
            c[7].isEmpty() ? "unknown" : c[7], Boolean.parseBoolean(c[8]), c[9].isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(c[9]))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new InstanceTypes(types, descriptor.at("reviewed").textOr(""));
  }

  private static OptionalInt integer(String cell) {
    return cell.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cell));
  }

  /** The type of that name ({@code m5.large}), if the table has it. */
  public Optional<InstanceType> find(String name) {
    return Optional.ofNullable(types.get(name == null ? "" : name.strip().toLowerCase(Locale.ROOT)));
  }

  public int size() {
    return types.size();
  }

  public String reviewed() {
    return reviewed;
  }
}

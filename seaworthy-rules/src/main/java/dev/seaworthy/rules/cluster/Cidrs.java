package dev.seaworthy.rules.cluster;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** IPv4 and IPv6 CIDRs that no internet client can come from. Parsing never resolves names. */
final class Cidrs {

  private record Block(long network, int bits, String name) {}

  private static final Pattern V4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?");

  private static final List<Block> IPV4 = List.of(
      block("10.0.0.0", 8, "a private range (RFC 1918)"),
      block("172.16.0.0", 12, "a private range (RFC 1918)"),
      block("192.168.0.0", 16, "a private range (RFC 1918)"),
      block("100.64.0.0", 10, "the carrier-grade NAT range (RFC 6598)"),
      block("127.0.0.0", 8, "the loopback range"),
      block("169.254.0.0", 16, "the link-local range"),
      block("0.0.0.0", 8, "the \"this network\" range"),
      block("192.0.2.0", 24, "a documentation range (RFC 5737)"),
      block("198.51.100.0", 24, "a documentation range (RFC 5737)"),
      block("203.0.113.0", 24, "a documentation range (RFC 5737)"),
      block("198.18.0.0", 15, "the benchmarking range (RFC 2544)"),
      block("224.0.0.0", 4, "the multicast range"),
      block("240.0.0.0", 4, "the reserved range 240.0.0.0/4"));

  private Cidrs() {}

  private static Block block(String address, int bits, String name) {
    return new Block(parse4(address).orElseThrow(), bits, name);
  }

  private static Optional<Long> parse4(String address) {
    Matcher m = V4.matcher(address);
    if (!m.matches()) {
      return Optional.empty();
    }
    long v = 0;
    for (int i = 1; i <= 4; i++) {
      int octet = Integer.parseInt(m.group(i));
      if (octet > 255) {
        return Optional.empty();
      }
      v = (v << 8) | octet;
    }
    return Optional.of(v);
  }

  /** Whether the CIDR admits every address (0.0.0.0/0 or ::/0). */
  static boolean isAnywhere(String cidr) {
    String c = cidr.strip();
    return c.equals("0.0.0.0/0") || c.equals("::/0");
  }

  /** The name of the non-internet range the whole CIDR lies in, if it does. */
  static Optional<String> reservedRange(String cidr) {
    String c = cidr.strip();
    Matcher m = V4.matcher(c);
    if (m.matches()) {
      int bits = m.group(5) == null ? 32 : Integer.parseInt(m.group(5));
      Optional<Long> address = parse4(c.contains("/") ? c.substring(0, c.indexOf('/')) : c);
      if (address.isEmpty() || bits > 32) {
        return Optional.empty();
      }
      for (Block b : IPV4) {
        long mask = b.bits == 0 ? 0 : (0xFFFFFFFFL << (32 - b.bits)) & 0xFFFFFFFFL;
        if (bits >= b.bits && (address.get() & mask) == b.network) {
          return Optional.of(b.name);
        }
      }
      return Optional.empty();
    }
    return reserved6(c);
  }

  /** IPv6: unique-local fc00::/7, link-local fe80::/10, loopback, documentation 2001:db8::/32. */
  private static Optional<String> reserved6(String c) {
    if (!c.matches("[0-9a-fA-F:]+(/\\d{1,3})?") || !c.contains(":")) {
      return Optional.empty();
    }
    String address = c.contains("/") ? c.substring(0, c.indexOf('/')) : c;
    int bits = c.contains("/") ? Integer.parseInt(c.substring(c.indexOf('/') + 1)) : 128;
    String first = address.startsWith("::") ? "0" : address.substring(0, address.indexOf(':'));
    int hextet;
    try {
      hextet = Integer.parseInt(first.isEmpty() ? "0" : first, 16);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (bits >= 7 && (hextet & 0xFE00) == 0xFC00) {
      return Optional.of("a unique-local IPv6 range (fc00::/7)");
    }
    if (bits >= 10 && (hextet & 0xFFC0) == 0xFE80) {
      return Optional.of("the IPv6 link-local range");
    }
    if (address.equals("::1") && bits == 128) {
      return Optional.of("the IPv6 loopback address");
    }
    if (bits >= 32 && address.toLowerCase(java.util.Locale.ROOT).startsWith("2001:db8:")) {
      return Optional.of("the IPv6 documentation range");
    }
    return Optional.empty();
  }
}

package dev.seaworthy.rules.ingress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ARNs an ALB accepts in the controller's annotations, checked field by field so a finding can
 * say which part is wrong: arn:partition:service:region:account:resource.
 */
final class Arns {

  private static final Pattern PARTITION = Pattern.compile("aws(-[a-z0-9]+)*");
  // us-east-1, us-gov-west-1, cn-north-1, ap-southeast-2, us-isob-east-1, eusc-de-east-1
  private static final Pattern REGION = Pattern.compile("[a-z]{2,5}(-[a-z]+)+-[0-9]+");
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
  private static final Pattern ACM_RESOURCE = Pattern.compile("certificate/[A-Za-z0-9-]+");
  private static final Pattern SERVER_CERTIFICATE = Pattern.compile("server-certificate/([\\w+=,.@-]+/)*[\\w+=,.@-]+");
  private static final Pattern WEB_ACL = Pattern.compile("(regional|global)/webacl/[\\w-]+/[A-Za-z0-9-]+");

  private record Parts(String partition, String service, String region, String account, String resource) {}

  private Arns() {}

  private static Optional<Parts> split(String arn) {
    String[] p = arn.split(":", 6);
    if (p.length < 6 || !p[0].equals("arn")) {
      return Optional.empty();
    }
    return Optional.of(new Parts(p[1], p[2], p[3], p[4], p[5]));
  }

  /** What is wrong with a listener certificate ARN (ACM, or an IAM server certificate); empty when nothing. */
  static List<String> certificateProblems(String arn) {
    Optional<Parts> parts = split(arn);
    if (parts.isEmpty()) {
      return List.of("is not an ARN (arn:aws:acm:<region>:<12-digit account>:certificate/<id>)");
    }
    Parts p = parts.get();
    List<String> out = new ArrayList<>();
    if (!PARTITION.matcher(p.partition()).matches()) {
      out.add("has partition \"" + p.partition() + "\"");
    }
    if (p.service().equals("iam")) {
      // ALB listeners also take IAM server certificates
      if (!p.region().isEmpty()) {
        out.add("has region \"" + p.region() + "\" although IAM ARNs have none");
      }
      account(p.account()).ifPresent(out::add);
      if (!SERVER_CERTIFICATE.matcher(p.resource()).matches()) {
        out.add("names IAM resource \"" + p.resource() + "\", not a server-certificate");
      }
      return out;
    }
    if (!p.service().equals("acm")) {
      out.add("names service \"" + p.service() + "\", not acm (or an IAM server certificate)");
      return out;
    }
    if (!REGION.matcher(p.region()).matches()) {
      out.add(p.region().isEmpty() ? "has no region (ACM certificates are regional)" : "has region \"" + p.region() + "\", which is not a region code");
    }
    account(p.account()).ifPresent(out::add);
    if (!ACM_RESOURCE.matcher(p.resource()).matches()) {
      out.add("has resource \"" + p.resource() + "\" (certificate/<id> expected)");
    }
    return out;
  }

  /** What is wrong with a WAFv2 web ACL ARN for an ALB; empty when nothing. */
  static List<String> webAclProblems(String arn) {
    Optional<Parts> parts = split(arn);
    if (parts.isEmpty()) {
      return List.of("is not an ARN (arn:aws:wafv2:<region>:<12-digit account>:regional/webacl/<name>/<id>)");
    }
    Parts p = parts.get();
    List<String> out = new ArrayList<>();
    if (!PARTITION.matcher(p.partition()).matches()) {
      out.add("has partition \"" + p.partition() + "\"");
    }
    if (!p.service().equals("wafv2")) {
      out.add("names service \"" + p.service() + "\", not wafv2");
      return out;
    }
    if (!REGION.matcher(p.region()).matches()) {
      out.add(p.region().isEmpty() ? "has no region" : "has region \"" + p.region() + "\", which is not a region code");
    }
    account(p.account()).ifPresent(out::add);
    if (!WEB_ACL.matcher(p.resource()).matches()) {
      out.add("has resource \"" + p.resource() + "\" (regional/webacl/<name>/<id> expected)");
    } else if (p.resource().startsWith("global/")) {
      out.add("is a global (CloudFront) web ACL, and an ALB takes only a regional web ACL of its own region");
    }
    return out;
  }

  private static Optional<String> account(String account) {
    if (ACCOUNT.matcher(account).matches()) {
      return Optional.empty();
    }
    String digits = !account.isEmpty() && account.chars().allMatch(Character::isDigit) ? account.length() + " digits" : "not 12 digits";
    return Optional.of("has account ID \"" + account + "\" (" + digits + "; an AWS account ID is exactly 12 digits)");
  }
}

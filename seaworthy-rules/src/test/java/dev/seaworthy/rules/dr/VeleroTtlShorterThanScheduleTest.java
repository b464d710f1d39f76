package dev.seaworthy.rules.dr;

import dev.seaworthy.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class VeleroTtlShorterThanScheduleTest {

  private final RuleTester tester = RuleTester.forRule(new VeleroTtlShorterThanSchedule());

  private static String schedule(String name, String cron, String ttl) {
    return """
        apiVersion: velero.io/v1
        kind: Schedule
        metadata: {name: %s, namespace: velero}
        spec:
          schedule: "%s"
          template:
            ttl: %s
        """.formatted(name, cron, ttl);
  }

  @Test
  void positive_backupsExpireBeforeTheNextRun() {
    tester
        .yaml("""
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: weekly, namespace: velero}
            spec:
              schedule: "0 3 * * 0"
              template:
                # expect: velero-ttl-shorter-than-schedule Schedule "weekly" keeps backups for 72h0m0s, but runs of "0 3 * * 0" can be 168h apart: for 96h of such a gap no backup exists
                ttl: 72h0m0s
            ---
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: weekdays, namespace: velero}
            spec:
              schedule: "30 2 * * MON-FRI"
              template:
                # expect: velero-ttl-shorter-than-schedule can be 72h apart: for 48h
                ttl: 24h
            ---
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: every, namespace: velero}
            spec:
              schedule: "@every 12h"
              template:
                # expect: velero-ttl-shorter-than-schedule can be 12h apart: for 5h30m
                ttl: 6h30m
            ---
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: monthly, namespace: velero}
            spec:
              schedule: "CRON_TZ=Europe/Paris 0 1 1 * *"
              template:
                # expect: velero-ttl-shorter-than-schedule can be 744h apart
                ttl: 720h
            ---
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: dom-or-dow, namespace: velero}
            spec:
              schedule: "0 0 1,15 * 3"
              template:
                # expect: velero-ttl-shorter-than-schedule
                ttl: 24h
            """)
        .verify();
  }

  @Test
  void negative_ttlCoversTheLongestGap() {
    tester
        .yaml(schedule("daily", "0 3 * * *", "24h"))
        .yaml(schedule("hourly", "@hourly", "720h"))
        .yaml(schedule("quarter", "*/15 * * * *", "1h"))
        .yaml(schedule("weekdays", "0 2 * * 1-5", "96h"))
        .yaml(schedule("steps", "0 0/6 * * *", "6h"))
        .verify();
  }

  @Test
  void negative_whatCannotBeReadIsNotJudged() {
    tester
        .yaml(schedule("six-fields", "0 0 3 * * *", "1h"))
        .yaml(schedule("bad-dow", "0 3 * * 7", "1h"))
        .yaml(schedule("leap-day", "0 3 29 2 *", "1h"))
        .yaml(schedule("bad-ttl", "0 3 * * 0", "a week"))
        .yaml(schedule("zero-ttl", "0 3 * * 0", "0s"))
        .yaml("""
            apiVersion: velero.io/v1
            kind: Schedule
            metadata: {name: no-ttl, namespace: velero}
            spec:
              schedule: "0 3 * * 0"
              template: {}
            """)
        .verify();
  }
}

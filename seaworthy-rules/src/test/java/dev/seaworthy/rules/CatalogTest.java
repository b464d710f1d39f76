package dev.seaworthy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seaworthy.core.rule.Rule;
import dev.seaworthy.core.rule.RuleInfo;
import dev.seaworthy.core.rule.RuleMeta;
import dev.seaworthy.core.rule.RuleRegistry;
import dev.seaworthy.core.testing.RuleTester;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Meta-tests over the whole catalog: registration, metadata, examples, tests. */
class CatalogTest {

  private static final List<Rule> RULES = BuiltInRules.all();

  @Test
  void everyAnnotatedRuleClassIsRegisteredOnce() throws IOException, URISyntaxException {
    Path classes = Path.of(BuiltInRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> annotated = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
        String name = classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          if (Class.forName(name).isAnnotationPresent(RuleInfo.class)) {
            annotated.add(name);
          }
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      }
    }
    List<String> registered = RULES.stream().map(r -> r.getClass().getName()).sorted().toList();
    assertThat(registered).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(registered)).isEqualTo(annotated);
  }

  @Test
  void metadataIsValidAndIdsAreUnique() {
    RuleRegistry registry = new RuleRegistry(RULES); // validates every @RuleInfo and rejects duplicates
    assertThat(registry.entries()).hasSize(RULES.size());
  }

  @Test
  void everyRuleHasATestClass() {
    List<String> missing =
        RULES.stream()
            .map(r -> r.getClass().getName() + "Test")
            .filter(name -> {
              try {
                Class.forName(name);
                return false;
              } catch (ClassNotFoundException e) {
                return true;
              }
            })
            .collect(Collectors.toList());
    assertThat(missing).as("rules without a <Rule>Test class").isEmpty();
  }

  @Test
  void everyRuleNamesPeerEquivalentsOrIsSeaworthyOnly() {
    for (Rule r : RULES) {
      RuleMeta m = RuleMeta.of(r.getClass());
      assertThat(m.references()).as(m.id() + " references").isNotEmpty();
    }
  }

  /** Each rule's own example fires and its fixed example is clean (HCL examples through the HCL loader). */
  @TestFactory
  Stream<DynamicTest> everyExampleFiresAndEveryFixedExampleIsClean() {
    return RULES.stream()
        .map(r -> DynamicTest.dynamicTest(RuleMeta.of(r.getClass()).id(), () -> {
          RuleTester.verifyMetadataExamples(r);
        }));
  }
}

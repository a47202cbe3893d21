package org.medsoc.kernel.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.medsoc.kernel.json.KernelJson;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.IntegrationEventType;

/**
 * The public format of every contract version, pinned by one golden JSON each under {@code
 * src/test/resources/contracts/<name>.v<version>.json}: what is published must read as the golden
 * file, and the golden file must read back as the contract. A change that breaks one of these is a
 * new contract version, not an edit.
 */
class ContractFormatTest {

  private static final ObjectMapper JSON = KernelJson.newObjectMapper();
  private static final Path GOLDEN = Path.of("src/test/resources/contracts");

  static Stream<IntegrationEvent> samples() {
    return ContractSamples.ALL.stream();
  }

  private static Path goldenOf(Class<? extends IntegrationEvent> contract) {
    IntegrationEventType type = IntegrationEventCodec.typeOf(contract);
    return GOLDEN.resolve(type.name() + ".v" + type.version() + ".json");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void whatIsPublishedReadsAsTheGoldenFile(IntegrationEvent sample) throws IOException {
    Path golden = goldenOf(sample.getClass());
    String published = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sample);
    if (Boolean.getBoolean("contracts.write-golden")) {
      Files.writeString(golden, published + "\n");
    }
    assertThat(golden)
        .as(
            "the golden file of %s; for a new contract version write it with -Dcontracts.write-golden=true",
            sample.getClass().getSimpleName())
        .exists();
    assertThat(JSON.readTree(published)).isEqualTo(JSON.readTree(golden.toFile()));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theGoldenFileReadsBackAsTheContract(IntegrationEvent sample) throws IOException {
    JsonNode golden = JSON.readTree(goldenOf(sample.getClass()).toFile());

    // A consumer reads the payload as a tree, where an amount keeps its value, not its scale.
    assertThat(JSON.treeToValue(golden, sample.getClass()))
        .usingRecursiveComparison()
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .isEqualTo(sample);
  }

  @Test
  void everyContractVersionHasASample() throws IOException, URISyntaxException {
    Path classes =
        Path.of(IntegrationEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> contracts;
    try (Stream<Path> files = Files.walk(classes.resolve("org/medsoc/kernel/contracts"))) {
      contracts =
          files
              .map(classes::relativize)
              .map(Path::toString)
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .map(name -> name.replace('/', '.').replace(".class", ""))
              .filter(ContractFormatTest::isContract)
              .sorted()
              .toList();
    }

    assertThat(contracts).hasSizeGreaterThanOrEqualTo(20);
    assertThat(ContractSamples.ALL.stream().map(e -> e.getClass().getName()).sorted().toList())
        .isEqualTo(contracts);
  }

  private static boolean isContract(String className) {
    try {
      return Class.forName(className).isAnnotationPresent(IntegrationEventType.class);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.medsoc.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests, rendered offline with {@code kubectl kustomize} for both overlays and
 * checked: against the Kubernetes model (fabric8; a misspelt field is an unknown property), and for
 * what the platform needs of them (probes, requests, several instances, no root, each secret and
 * setting it names provided, each Kafka principal with the local stack's grants).
 */
class KubernetesManifestsTest {

  private static final Path KUBERNETES = Path.of("..", "deploy", "kubernetes");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What the society's operators create (docs/operations.md, "Kubernetes"); the KafkaUsers' secrets
   * and the cluster CA come from Strimzi.
   */
  private static final Set<String> PROVIDED_SECRETS =
      Set.of("medsoc-keys", "medsoc-postgres-ca", "portal-oidc", "medsoc-cluster-ca-cert");

  @Test
  void the_generated_manifests_are_what_the_tables_say() throws IOException {
    Map<String, String> generated =
        Map.of(
            "services.yaml", KubernetesManifests.services(),
            "kafka-access.yaml", KubernetesManifests.kafkaAccess(),
            "postgres.yaml", KubernetesManifests.postgres());
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path path = KUBERNETES.resolve("base").resolve(file.getKey());
      if (Boolean.getBoolean("manifests.write")) {
        Files.writeString(path, file.getValue());
      }
      assertThat(Files.readString(path))
          .as("%s is generated: run this test with -Dmanifests.write=true", path)
          .isEqualTo(file.getValue());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"small", "large"})
  void each_overlay_renders_into_valid_resources_the_platform_can_run_on(String overlay)
      throws Exception {
    List<Map<String, Object>> resources = render(overlay);
    int instances = overlay.equals("large") ? 3 : 2;

    List<Deployment> deployments = typed(resources, "Deployment", Deployment.class);
    List<Service> services = typed(resources, "Service", Service.class);
    typed(resources, "PodDisruptionBudget", PodDisruptionBudget.class);
    Set<String> configMaps =
        typed(resources, "ConfigMap", ConfigMap.class).stream()
            .map(map -> map.getMetadata().getName())
            .collect(Collectors.toSet());
    Set<String> kafkaUsers = names(resources, "KafkaUser");
    Set<String> secrets = new java.util.HashSet<>(PROVIDED_SECRETS);
    secrets.addAll(kafkaUsers);
    secrets.addAll(passwordSecretsOfManagedRoles(resources));

    assertThat(deployments)
        .extracting(d -> d.getMetadata().getName())
        .containsExactlyInAnyOrderElementsOf(
            KubernetesManifests.PROCESSES.stream().map(KubernetesManifests.Process::name).toList());
    for (Deployment deployment : deployments) {
      String name = deployment.getMetadata().getName();
      assertThat(deployment.getMetadata().getNamespace()).isEqualTo("medsoc");
      assertThat(deployment.getSpec().getReplicas()).as(name).isEqualTo(instances);
      var pod = deployment.getSpec().getTemplate().getSpec();
      assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
      Container container = pod.getContainers().get(0);
      assertThat(container.getImage()).as(name).matches("medsoc/" + name + ":\\d+\\.\\d+\\.\\d+");
      assertThat(container.getReadinessProbe().getHttpGet().getPath())
          .isEqualTo("/actuator/health/readiness");
      assertThat(container.getLivenessProbe().getHttpGet().getPath())
          .isEqualTo("/actuator/health/liveness");
      assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
      assertThat(container.getResources().getLimits()).containsKey("memory");
      assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
      for (EnvVar env : container.getEnv()) {
        if (env.getValueFrom() != null) {
          assertThat(secrets)
              .as("%s's %s names a secret someone provides", name, env.getName())
              .contains(env.getValueFrom().getSecretKeyRef().getName());
        }
      }
      container
          .getEnvFrom()
          .forEach(from -> assertThat(configMaps).contains(from.getConfigMapRef().getName()));
      pod.getVolumes().stream()
          .filter(volume -> volume.getSecret() != null)
          .forEach(volume -> assertThat(secrets).contains(volume.getSecret().getSecretName()));
      assertThat(services)
          .as("%s is reachable by its name", name)
          .anySatisfy(
              service -> {
                assertThat(service.getMetadata().getName()).isEqualTo(name);
                assertThat(deployment.getSpec().getSelector().getMatchLabels())
                    .containsAllEntriesOf(service.getSpec().getSelector());
              });
    }

    assertThat(kafkaUsers)
        .containsExactlyInAnyOrderElementsOf(
            KafkaAccess.PRINCIPALS.stream().map(KafkaAccess.Principal::service).toList());
    Set<String> topics = topicNames(resources);
    for (KafkaAccess.Principal principal : KafkaAccess.PRINCIPALS) {
      assertThat(topics).containsAll(principal.produces()).containsAll(principal.consumes());
    }
    int replicas = overlay.equals("large") ? 3 : 1;
    assertThat(specs(resources, "KafkaTopic"))
        .allSatisfy(spec -> assertThat(spec.get("replicas")).isEqualTo(replicas));
    assertThat(specs(resources, "KafkaNodePool"))
        .singleElement()
        .satisfies(spec -> assertThat(spec.get("replicas")).isEqualTo(replicas));
    assertThat(specs(resources, "Cluster"))
        .singleElement()
        .satisfies(spec -> assertThat(spec.get("instances")).isEqualTo(replicas));
    Set<String> roles = managedRoles(resources);
    for (Deployment deployment : deployments) {
      deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
          .filter(env -> env.getName().startsWith("POSTGRES_") && env.getName().endsWith("USER"))
          .forEach(env -> assertThat(roles).contains(env.getValue()));
    }
    assertThat(specs(resources, "Database"))
        .allSatisfy(spec -> assertThat(roles).contains((String) spec.get("owner")));
  }

  private static List<Map<String, Object>> render(String overlay) throws Exception {
    Process kustomize;
    try {
      kustomize =
          new ProcessBuilder(
                  "kubectl", "kustomize", KUBERNETES.resolve("overlays/" + overlay).toString())
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      throw new AssertionError(
          "kubectl is needed to render the manifests (apt-get install kubectl): " + e.getMessage());
    }
    String output = new String(kustomize.getInputStream().readAllBytes());
    assertThat(kustomize.waitFor(60, TimeUnit.SECONDS)).isTrue();
    if (kustomize.exitValue() != 0) {
      fail("kubectl kustomize failed:%n%s", output);
    }
    List<Map<String, Object>> resources = new ArrayList<>();
    for (Object document : new Yaml().loadAll(output)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> resource = (Map<String, Object>) document;
      assertThat(resource).containsKeys("apiVersion", "kind", "metadata");
      resources.add(resource);
    }
    return resources;
  }

  private static <T> List<T> typed(
      List<Map<String, Object>> resources, String kind, Class<T> type) {
    List<T> typed = new ArrayList<>();
    for (Map<String, Object> resource : resources) {
      if (kind.equals(resource.get("kind"))) {
        T model = JSON.convertValue(resource, type);
        assertNoUnknownFields(model, kind + " " + name(resource));
        typed.add(model);
      }
    }
    assertThat(typed).as(kind).isNotEmpty();
    return typed;
  }

  /** The Kubernetes model keeps a field it does not know aside: there must be none. */
  private static void assertNoUnknownFields(Object model, String where) {
    if (model == null || !model.getClass().getName().startsWith("io.fabric8.")) {
      if (model instanceof Collection<?> items) {
        items.forEach(item -> assertNoUnknownFields(item, where));
      } else if (model instanceof Map<?, ?> entries) {
        entries.values().forEach(item -> assertNoUnknownFields(item, where));
      }
      return;
    }
    for (Method getter : model.getClass().getMethods()) {
      if (getter.getParameterCount() != 0
          || !getter.getName().startsWith("get")
          || getter.getName().equals("getClass")) {
        continue;
      }
      try {
        Object value = getter.invoke(model);
        if (getter.getName().equals("getAdditionalProperties")) {
          assertThat((Map<?, ?>) value)
              .as(
                  "fields the Kubernetes model does not know in %s (%s)",
                  where, model.getClass().getSimpleName())
              .isEmpty();
        } else {
          assertNoUnknownFields(value, where);
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static String name(Map<String, Object> resource) {
    return String.valueOf(((Map<?, ?>) resource.get("metadata")).get("name"));
  }

  private static Set<String> names(List<Map<String, Object>> resources, String kind) {
    return resources.stream()
        .filter(resource -> kind.equals(resource.get("kind")))
        .map(KubernetesManifestsTest::name)
        .collect(Collectors.toSet());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> specs(List<Map<String, Object>> resources, String kind) {
    return resources.stream()
        .filter(resource -> kind.equals(resource.get("kind")))
        .map(resource -> (Map<String, Object>) resource.get("spec"))
        .toList();
  }

  private static Set<String> topicNames(List<Map<String, Object>> resources) {
    return specs(resources, "KafkaTopic").stream()
        .map(spec -> (String) spec.get("topicName"))
        .collect(Collectors.toSet());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> managedRoleEntries(List<Map<String, Object>> resources) {
    return specs(resources, "Cluster").stream()
        .flatMap(
            spec ->
                ((List<Map<String, Object>>)
                        ((Map<String, Object>) spec.get("managed")).get("roles"))
                    .stream())
        .toList();
  }

  private static Set<String> managedRoles(List<Map<String, Object>> resources) {
    return managedRoleEntries(resources).stream()
        .map(role -> (String) role.get("name"))
        .collect(Collectors.toSet());
  }

  @SuppressWarnings("unchecked")
  private static Set<String> passwordSecretsOfManagedRoles(List<Map<String, Object>> resources) {
    return managedRoleEntries(resources).stream()
        .map(role -> (String) ((Map<String, Object>) role.get("passwordSecret")).get("name"))
        .collect(Collectors.toSet());
  }
}

package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.json.KernelJson;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.member.member.api.MemberProfile;
import org.medsoc.member.member.api.MemberRegistered;
import org.medsoc.platform.personal.KeyWrapping;
import org.medsoc.platform.personal.PersonalDataSerializer;
import org.medsoc.platform.personal.PersonalKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What encrypting a person's data costs where it is paid: on the command path (an event serialized
 * on its way into the store: a new person's first event also makes and stores their key, in a
 * transaction of its own) and on replay (an event read back, its person's key cached or loaded and
 * unwrapped from the database), side by side in one run with the same events through the plain
 * Jackson serializer. {@code personal.events} member registrations (20,000 by default), each with a
 * full profile. Not part of the build's tests ({@code *Benchmark}); run it with {@code
 * scripts/benchmark.sh}, or alone with {@code ./mvnw -B -pl member-service -am test
 * -Dtest=PersonalDataBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class PersonalDataBenchmark extends MemberServiceTestBase {

  @Autowired JdbcTemplate jdbc;
  @Autowired KeyWrapping masterKey;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void encryption_beside_plain_serialization_on_the_command_path_and_on_replay() {
    int count = Integer.getInteger("personal.events", 20_000);
    List<MemberRegistered> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String memberId = UUID.randomUUID().toString();
      events.add(
          new MemberRegistered(
              memberId,
              new MemberProfile(
                  "Amara",
                  "Okafor-" + i,
                  "MD",
                  "University Hospital",
                  "Dermatology",
                  List.of("skin of color", "teledermatology"),
                  "amara-" + i + "@example.org",
                  "0000-0002-1825-0097",
                  "Resident in dermatology",
                  "https://www.linkedin.com/in/amara-" + i,
                  null),
              TrainingLevel.PGY2,
              "login-" + memberId,
              null));
    }
    Serializer plain =
        JacksonSerializer.builder()
            .objectMapper(KernelJson.newObjectMapper())
            .lenientDeserialization()
            .build();
    Supplier<Serializer> encrypting =
        () ->
            new PersonalDataSerializer(
                plain,
                KernelJson.newObjectMapper(),
                new PersonalKeys(jdbc, masterKey, transactions));
    Serializer warm = encrypting.get();

    // Warm the JIT on both paths with events of their own.
    for (int i = 0; i < Math.min(2_000, count); i++) {
      plain.deserialize(plain.serialize(events.get(i), byte[].class));
    }

    List<SerializedObject<byte[]>> plainStored = new ArrayList<>(count);
    double plainWrite =
        seconds(() -> events.forEach(e -> plainStored.add(plain.serialize(e, byte[].class))));
    List<SerializedObject<byte[]>> sealed = new ArrayList<>(count);
    double firstWrite =
        seconds(() -> events.forEach(e -> sealed.add(warm.serialize(e, byte[].class))));
    double knownWrite = seconds(() -> events.forEach(e -> warm.serialize(e, byte[].class)));
    double plainRead = seconds(() -> plainStored.forEach(plain::deserialize));
    double warmRead = seconds(() -> sealed.forEach(warm::deserialize));
    Serializer cold = encrypting.get();
    double coldRead = seconds(() -> sealed.forEach(cold::deserialize));

    MemberRegistered back = cold.deserialize(sealed.get(count - 1));
    assertThat(back).isEqualTo(events.get(count - 1));
    assertThat(new String(sealed.get(0).getData())).doesNotContain("Okafor");

    System.out.printf(
        "Personal data, %,d member registrations (full profile)%n"
            + "  command path: plain %s; encrypted, a new person (key made and stored) %s;"
            + " encrypted, a known person %s%n"
            + "  replay: plain %s; encrypted, keys cached %s; encrypted, keys loaded %s%n",
        count,
        rate(count, plainWrite),
        rate(count, firstWrite),
        rate(count, knownWrite),
        rate(count, plainRead),
        rate(count, warmRead),
        rate(count, coldRead));
  }

  private static double seconds(Runnable work) {
    long started = System.nanoTime();
    work.run();
    return (System.nanoTime() - started) / 1e9;
  }

  private static String rate(int count, double seconds) {
    return String.format("%,.0f events/s (%.1f µs each)", count / seconds, seconds * 1e6 / count);
  }
}

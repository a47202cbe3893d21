package org.medsoc.platform.personal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * Encrypts the fields marked {@link PersonalData} of whatever the service stores (events,
 * snapshots) with the key of the person they belong to, on the way into the store, and decrypts
 * them on the way out, so that aggregates, projections and publishers see plain values. Each text
 * becomes {@code ~pd1~} and the base64 of a fresh IV and its AES-256-GCM ciphertext, bound to the
 * person's id; the JSON keeps its shape, so upcasters still read every other field. A person erased
 * reads as {@link PersonalData#ERASED}; a value stored before encryption existed reads as it was.
 * Types with nothing marked pass through untouched.
 */
public class PersonalDataSerializer implements Serializer {

  static final String PREFIX = "~pd1~";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A cipher per thread: looking one up costs more than using it. */
  private static final ThreadLocal<Cipher> AES_GCM =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("AES-GCM is part of every JDK", e);
            }
          });

  private final Serializer delegate;
  private final ObjectMapper json;
  private final PersonalKeys keys;
  private final ClassValue<Plan> plans =
      new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
          return Plan.of(type);
        }
      };

  public PersonalDataSerializer(Serializer delegate, ObjectMapper json, PersonalKeys keys) {
    this.delegate = delegate;
    this.json = json;
    this.keys = keys;
  }

  @Override
  public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
    Plan plan = object == null ? Plan.NONE : plans.get(object.getClass());
    if (plan.isEmpty()) {
      return delegate.serialize(object, expectedRepresentation);
    }
    SerializedObject<byte[]> plain = delegate.serialize(object, byte[].class);
    byte[] sealed = rewrite(plain.getData(), tree -> plan.apply(tree, List.of(), this::encrypt));
    return getConverter()
        .convert(
            new SimpleSerializedObject<>(sealed, byte[].class, plain.getType()),
            expectedRepresentation);
  }

  @Override
  public <S, T> T deserialize(SerializedObject<S> serializedObject) {
    Plan plan = plans.get(classForType(serializedObject.getType()));
    if (plan.isEmpty()) {
      return delegate.deserialize(serializedObject);
    }
    byte[] stored = getConverter().convert(serializedObject, byte[].class).getData();
    byte[] opened = rewrite(stored, tree -> plan.apply(tree, List.of(), this::decrypt));
    return delegate.deserialize(
        new SimpleSerializedObject<>(opened, byte[].class, serializedObject.getType()));
  }

  @Override
  public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
    return delegate.canSerializeTo(expectedRepresentation);
  }

  @Override
  public Class classForType(SerializedType type) {
    return delegate.classForType(type);
  }

  @Override
  public SerializedType typeForClass(Class type) {
    return delegate.typeForClass(type);
  }

  @Override
  public Converter getConverter() {
    return delegate.getConverter();
  }

  private byte[] rewrite(byte[] bytes, java.util.function.Consumer<JsonNode> change) {
    try {
      JsonNode tree = json.readTree(bytes);
      change.accept(tree);
      return json.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sealed once per person it belongs to, the first innermost: any one's erasure erases it. */
  private String encrypt(List<String> subjects, String text) {
    if (text == null || text.startsWith(PREFIX) || PersonalData.ERASED.equals(text)) {
      return text;
    }
    String sealed = text;
    for (String subject : subjects) {
      Optional<SecretKeySpec> key = keys.keyFor(subject);
      if (key.isEmpty()) {
        return PersonalData.ERASED;
      }
      sealed = seal(subject, key.get(), sealed);
    }
    return sealed;
  }

  private String decrypt(List<String> subjects, String stored) {
    String opened = stored;
    for (int i = subjects.size() - 1; i >= 0; i--) {
      if (opened == null || !opened.startsWith(PREFIX)) {
        return opened;
      }
      Optional<SecretKeySpec> key = keys.keyOf(subjects.get(i));
      if (key.isEmpty()) {
        return PersonalData.ERASED;
      }
      opened = open(subjects.get(i), key.get(), opened);
    }
    return opened;
  }

  private static String seal(String subject, SecretKeySpec key, String text) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = AES_GCM.get();
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
      return PREFIX
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  private static String open(String subject, SecretKeySpec key, String stored) {
    byte[] sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    try {
      Cipher cipher = AES_GCM.get();
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
      cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
      return new String(
          cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "a personal field of " + subject + " does not open with their key", e);
    }
  }

  /** What a value of text becomes, for the people it belongs to. */
  private interface Cipherer {
    String apply(List<String> subjects, String text);
  }

  /** Where the marked fields of a type are, and whose they are. */
  private record Plan(List<Step> steps) {

    static final Plan NONE = new Plan(List.of());

    boolean isEmpty() {
      return steps.isEmpty();
    }

    static Plan of(Class<?> type) {
      if (type == null || type.isPrimitive() || type.getName().startsWith("java.")) {
        return NONE;
      }
      List<Step> steps = new ArrayList<>();
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          PersonalData marked = field.getAnnotation(PersonalData.class);
          if (marked != null) {
            steps.add(Step.of(field, marked));
          }
        }
      }
      return steps.isEmpty() ? NONE : new Plan(List.copyOf(steps));
    }

    void apply(JsonNode node, List<String> inherited, Cipherer cipherer) {
      if (!(node instanceof ObjectNode object)) {
        return;
      }
      for (Step step : steps) {
        List<String> subjects = step.subjects().isEmpty() ? inherited : step.resolve(object);
        JsonNode value = object.get(step.name());
        if (subjects == null || subjects.isEmpty() || value == null || value.isNull()) {
          continue;
        }
        object.set(step.name(), step.apply(value, subjects, cipherer));
      }
    }
  }

  /** One marked field: a text, a list of texts, or a type (or list of them) with marks inside. */
  private record Step(String name, List<String> subjects, Plan nested) {

    static Step of(Field field, PersonalData marked) {
      List<String> subjects = new ArrayList<>();
      if (!marked.subject().isEmpty()) {
        subjects.add(marked.subject());
      }
      subjects.addAll(List.of(marked.alsoOf()));
      return of(field, List.copyOf(subjects));
    }

    /** The ids of the people the fields beside this one name. */
    List<String> resolve(ObjectNode object) {
      List<String> ids = new ArrayList<>();
      for (String field : subjects) {
        JsonNode id = object.get(field);
        if (id != null && !id.isNull() && !id.asText().isEmpty()) {
          ids.add(id.asText());
        }
      }
      return ids;
    }

    private static Step of(Field field, List<String> subject) {
      Class<?> type = field.getType();
      if (type == String.class) {
        return new Step(field.getName(), subject, null);
      }
      if (Collection.class.isAssignableFrom(type)) {
        Type element =
            field.getGenericType() instanceof ParameterizedType p
                ? p.getActualTypeArguments()[0]
                : String.class;
        return new Step(
            field.getName(), subject, element == String.class ? null : Plan.of((Class<?>) element));
      }
      return new Step(field.getName(), subject, Plan.of(type));
    }

    JsonNode apply(JsonNode value, List<String> subject, Cipherer cipherer) {
      UnaryOperator<JsonNode> one =
          node -> {
            if (nested == null) {
              return node.isTextual()
                  ? TextNode.valueOf(cipherer.apply(subject, node.asText()))
                  : node;
            }
            nested.apply(node, subject, cipherer);
            return node;
          };
      if (value instanceof ArrayNode array) {
        for (int i = 0; i < array.size(); i++) {
          array.set(i, one.apply(array.get(i)));
        }
        return array;
      }
      return one.apply(value);
    }
  }
}

package org.medsoc.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;

/**
 * JSON into a service is typed strictly, as docs/architecture.md promises: a string is only a
 * string (no number or boolean read as one, and back), an enum only by name, an integer only as an
 * integer, a boolean only as {@code true} or {@code false}; no duplicate keys, nothing after the
 * document (a flag left out is false); every text and date within {@link TextInput}'s bounds. Only
 * requests are read this way: events in the store and facts on Kafka keep the kernel's lenient
 * reading.
 */
public final class StrictJson {

  private StrictJson() {}

  public static Jackson2ObjectMapperBuilderCustomizer customizer() {
    return builder ->
        builder
            .featuresToEnable(
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .featuresToDisable(
                DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                MapperFeature.ALLOW_COERCION_OF_SCALARS);
  }

  /** Registered as a bean, after the well-known modules, so its readers take precedence. */
  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("strict-input");
    module.addDeserializer(String.class, new Text());
    module.addDeserializer(
        LocalDate.class, new Dated<>(LocalDateDeserializer.INSTANCE, date -> date));
    module.addDeserializer(
        LocalDateTime.class,
        new Dated<>(LocalDateTimeDeserializer.INSTANCE, LocalDateTime::toLocalDate));
    module.addDeserializer(
        Instant.class,
        new Dated<>(
            InstantDeserializer.INSTANT,
            instant -> instant.atOffset(ZoneOffset.UTC).toLocalDate()));
    return module;
  }

  /** A string from a JSON string only, normalised and checked. */
  static final class Text extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw new UnacceptableInput(parser, "must be a string");
      }
      String text = TextInput.normalized(parser.getText());
      Optional<String> refusal = TextInput.refusal(text);
      if (refusal.isPresent()) {
        throw new UnacceptableInput(parser, refusal.get());
      }
      return text;
    }
  }

  /** A date or time as Jackson reads it, refused outside the years the platform's records span. */
  static final class Dated<T> extends JsonDeserializer<T> {
    private final JsonDeserializer<T> reader;
    private final java.util.function.Function<T, LocalDate> day;

    Dated(JsonDeserializer<T> reader, java.util.function.Function<T, LocalDate> day) {
      this.reader = reader;
      this.day = day;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw new UnacceptableInput(parser, "must be an ISO-8601 string");
      }
      T value = reader.deserialize(parser, context);
      if (value != null) {
        Optional<String> refusal = TextInput.refusal(day.apply(value));
        if (refusal.isPresent()) {
          throw new UnacceptableInput(parser, refusal.get());
        }
      }
      return value;
    }
  }
}

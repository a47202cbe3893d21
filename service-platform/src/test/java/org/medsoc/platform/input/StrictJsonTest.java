package org.medsoc.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** The rules every request body is read by, one per test. */
class StrictJsonTest {

  record Person(String name, List<String> interests, LocalDate since, int seats, boolean active) {}

  private final ObjectMapper json = mapper();

  private static ObjectMapper mapper() {
    Jackson2ObjectMapperBuilder builder = new Jackson2ObjectMapperBuilder();
    StrictJson.customizer().customize(builder);
    builder.modulesToInstall(StrictJson.module());
    return builder.build();
  }

  private Person read(String body) throws Exception {
    return json.readValue(body, Person.class);
  }

  @Test
  void a_control_character_is_refused_with_the_field() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"name\":\"Ada\\u0000\",\"seats\":1,\"active\":true,\"since\":\"2020-01-01\"}"))
        .isInstanceOf(UnacceptableInput.class)
        .hasMessageContaining("control characters")
        .satisfies(
            e ->
                assertThat(((UnacceptableInput) e).getPath().get(0).getFieldName())
                    .isEqualTo("name"));
  }

  @Test
  void text_in_a_list_is_checked_too() {
    assertThatThrownBy(
            () -> read("{\"interests\":[\"ok\",\"bad\\u001b\"],\"seats\":1,\"active\":true}"))
        .isInstanceOf(UnacceptableInput.class);
  }

  @Test
  void tab_newline_and_crlf_are_text() throws Exception {
    assertThat(read("{\"name\":\"a\\tb\\r\\nc\",\"seats\":1,\"active\":true}").name())
        .isEqualTo("a\tb\nc");
  }

  @Test
  void a_number_is_not_a_string_nor_a_string_a_boolean_nor_a_float_an_integer() {
    assertThatThrownBy(() -> read("{\"name\":5,\"seats\":1,\"active\":true}"))
        .isInstanceOf(UnacceptableInput.class);
    assertThatThrownBy(() -> read("{\"seats\":1,\"active\":\"true\"}"))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class);
    assertThatThrownBy(() -> read("{\"seats\":1.5,\"active\":true}"))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class);
  }

  @Test
  void a_date_far_from_any_record_is_refused() {
    assertThatThrownBy(() -> read("{\"since\":\"+10000-01-01\",\"seats\":1,\"active\":true}"))
        .isInstanceOf(UnacceptableInput.class)
        .hasMessageContaining("between");
  }
}

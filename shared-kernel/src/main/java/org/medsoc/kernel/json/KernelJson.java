package org.medsoc.kernel.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON settings every service shares for messages on the wire and events in the store: ISO-8601
 * dates, no nulls written. Readers tolerate unknown fields, so a producer may add an optional field
 * to a contract without breaking older consumers.
 */
public final class KernelJson {

  private KernelJson() {}

  public static ObjectMapper newObjectMapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .setSerializationInclusion(JsonInclude.Include.NON_NULL);
  }
}

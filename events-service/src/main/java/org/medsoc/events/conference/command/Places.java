package org.medsoc.events.conference.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Places of a capacity, held in order of arrival, and those waiting for one in order. */
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.ANY,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class Places {
  private final int capacity;
  private final List<String> holders = new ArrayList<>();
  private final List<String> waiting = new ArrayList<>();

  @JsonCreator
  Places(@JsonProperty("capacity") int capacity) {
    this.capacity = capacity;
  }

  int capacity() {
    return capacity;
  }

  boolean isFull() {
    return holders.size() >= capacity;
  }

  boolean holds(String id) {
    return holders.contains(id);
  }

  boolean holdsOrWaits(String id) {
    return holders.contains(id) || waiting.contains(id);
  }

  Optional<String> next() {
    return waiting.stream().findFirst();
  }

  void take(String id) {
    holders.add(id);
  }

  void waitFor(String id) {
    waiting.add(id);
  }

  void promote(String id) {
    waiting.remove(id);
    holders.add(id);
  }

  void remove(String id) {
    holders.remove(id);
    waiting.remove(id);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Places that
        && capacity == that.capacity
        && holders.equals(that.holders)
        && waiting.equals(that.waiting);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(capacity, holders, waiting);
  }
}

package org.medsoc.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.error.DomainException;

/** A command that met a stale copy is dispatched once more; nothing else is. */
class StaleCopyRetryTest {

  private final StaleCopyRetry retry = new StaleCopyRetry();
  private final AtomicInteger dispatched = new AtomicInteger();
  private final List<Class<? extends Throwable>[]> failures = new ArrayList<>();

  private boolean failedWith(RuntimeException failure) {
    failures.add(new Class[] {failure.getClass()});
    return retry.scheduleRetry(
        GenericCommandMessage.asCommandMessage("apply"),
        failure,
        failures,
        dispatched::incrementAndGet);
  }

  @Test
  void a_taken_sequence_number_dispatches_the_command_again() {
    RuntimeException staleAppend =
        new IllegalStateException(
            "commit failed", new ConcurrencyException("sequence 7 of call-1 already inserted"));

    assertThat(failedWith(staleAppend)).isTrue();
    assertThat(dispatched).hasValue(1);
  }

  @Test
  void a_second_conflict_is_the_answer() {
    failedWith(new ConcurrencyException("sequence 7 of call-1 already inserted"));

    assertThat(failedWith(new ConcurrencyException("sequence 8 of call-1 already inserted")))
        .isFalse();
    assertThat(dispatched).hasValue(1);
  }

  @Test
  void a_refusal_is_never_dispatched_again() {
    assertThat(failedWith(DomainException.conflict("closesOn", "the call has closed"))).isFalse();
    assertThat(dispatched).hasValue(0);
  }
}

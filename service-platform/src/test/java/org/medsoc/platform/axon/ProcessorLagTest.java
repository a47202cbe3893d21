package org.medsoc.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

class ProcessorLagTest {

  @Test
  void the_lag_is_the_slowest_segments_distance_from_the_head() {
    assertThat(ProcessorLag.lag(1_000, List.of(at(990), at(700), at(1_000)))).isEqualTo(300);
  }

  @Test
  void a_segment_that_never_handled_an_event_lags_by_the_whole_store() {
    assertThat(ProcessorLag.lag(1_000, List.of(at(1_000), at(null)))).isEqualTo(1_001);
  }

  @Test
  void a_processor_holding_no_segment_here_reports_no_figure() {
    assertThat(ProcessorLag.lag(1_000, List.of())).isNaN();
  }

  private static EventTrackerStatus at(Integer position) {
    TrackingToken token = position == null ? null : new GlobalSequenceTrackingToken(position);
    return new EventTrackerStatus() {
      @Override
      public Segment getSegment() {
        return Segment.ROOT_SEGMENT;
      }

      @Override
      public boolean isCaughtUp() {
        return false;
      }

      @Override
      public boolean isReplaying() {
        return false;
      }

      @Override
      public boolean isMerging() {
        return false;
      }

      @Override
      public java.util.OptionalLong mergeCompletedPosition() {
        return java.util.OptionalLong.empty();
      }

      @Override
      public TrackingToken getTrackingToken() {
        return token;
      }

      @Override
      public boolean isErrorState() {
        return false;
      }

      @Override
      public Throwable getError() {
        return null;
      }

      @Override
      public java.util.OptionalLong getCurrentPosition() {
        return token == null ? java.util.OptionalLong.empty() : token.position();
      }

      @Override
      public java.util.OptionalLong getResetPosition() {
        return java.util.OptionalLong.empty();
      }
    };
  }
}

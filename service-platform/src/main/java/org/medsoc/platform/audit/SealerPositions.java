package org.medsoc.platform.audit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the sealer's tracking token stands, read from the token table without claiming it (the
 * token store's fetch would take the token from the running sealer).
 */
public class SealerPositions {

  private final JdbcTemplate jdbc;
  private final Serializer serializer;

  public SealerPositions(JdbcTemplate jdbc, Serializer serializer) {
    this.jdbc = jdbc;
    this.serializer = serializer;
  }

  public Optional<EventChain.SealerPosition> current() {
    List<TrackingToken> tokens =
        jdbc.query(
            "SELECT token, tokentype FROM tokenentry WHERE processorname = ? AND token IS NOT NULL",
            (rs, i) ->
                serializer.deserialize(
                    new SimpleSerializedObject<>(
                        rs.getBytes("token"), byte[].class, rs.getString("tokentype"), null)),
            EventSealer.PROCESSING_GROUP);
    if (tokens.size() != 1) {
      return Optional.empty();
    }
    GapAwareTrackingToken token =
        WrappedToken.unwrap(tokens.get(0), GapAwareTrackingToken.class).orElse(null);
    if (token == null) {
      return Optional.empty();
    }
    return Optional.of(
        new EventChain.SealerPosition(token.getIndex(), Set.copyOf(token.getGaps())));
  }
}

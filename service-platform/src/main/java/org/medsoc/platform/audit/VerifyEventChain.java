package org.medsoc.platform.audit;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * The verification command: {@code VerifyEventChain <jdbc-url> [user] [password]} recomputes the
 * chain of one service's database with the key in {@code EVENT_CHAIN_KEY} or {@code
 * EVENT_CHAIN_KEY_FILE} (the development key when neither is set), prints the result, and exits
 * with 0 when intact, 1 when broken. Holding it to the audit's checkpoints is the service's {@code
 * POST /audit/event-chain/checks}.
 */
public final class VerifyEventChain {

  private VerifyEventChain() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: VerifyEventChain <jdbc-url> [user] [password]");
      System.exit(2);
    }
    String user = args.length > 1 ? args[1] : "postgres";
    String password = args.length > 2 ? args[2] : "postgres";
    try (Connection connection = DriverManager.getConnection(args[0], user, password)) {
      EventChain.Verification result =
          EventChain.verify(
              connection,
              ChainKey.configured(
                  System.getenv("EVENT_CHAIN_KEY"), System.getenv("EVENT_CHAIN_KEY_FILE")));
      System.out.println(describe(result));
      System.exit(result.intact() ? 0 : 1);
    }
  }

  static String describe(EventChain.Verification result) {
    if (result.intact()) {
      return "intact: %d events sealed, %d not sealed yet, head %s"
          .formatted(result.sealedEvents(), result.unsealedEvents(), result.headHash());
    }
    EventChain.BrokenLink link = result.firstBrokenLink();
    return "BROKEN at seal %d, event %s (global index %d): %s; %d events before it hold"
        .formatted(
            link.sealSequence(),
            link.eventIdentifier(),
            link.globalIndex(),
            link.reason(),
            result.sealedEvents());
  }
}

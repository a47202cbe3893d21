package org.medsoc.notification.preference;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.medsoc.notification.obligation.Kind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unsubscribe link every mail carries: one click turns off the kinds the mail was about, each
 * recorded as the member's choice like any other. A kind a process waits on (a consent request)
 * cannot be off; the link leaves it as it is and says so.
 */
@Component
public class Unsubscribe {

  /** What a link turns off, and what it cannot. */
  public record Outcome(List<Kind> turnedOff, List<Kind> kept) {}

  /** Recorded as who chose, so the history tells a click in a mail from a choice in the portal. */
  static final String BY_LINK = "one-click unsubscribe in a mail";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final Preferences preferences;

  public Unsubscribe(JdbcTemplate jdbc, Preferences preferences) {
    this.jdbc = jdbc;
    this.preferences = preferences;
  }

  /** A new token for a mail to this member about these kinds. */
  public String linkFor(String memberId, Collection<Kind> kinds) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.update(
        "INSERT INTO unsubscribe_link (token, member_id, kinds, created_at) VALUES (?, ?, ?, now())",
        ps -> {
          ps.setString(1, token);
          ps.setString(2, memberId);
          ps.setArray(
              3,
              ps.getConnection()
                  .createArrayOf("text", kinds.stream().distinct().map(Kind::name).toArray()));
        });
    return token;
  }

  /** The kinds a link is about, if it is one of ours. */
  public Optional<List<Kind>> kindsOf(String token) {
    return jdbc
        .query(
            "SELECT kinds FROM unsubscribe_link WHERE token = ?",
            (rs, i) ->
                java.util.Arrays.stream((String[]) rs.getArray("kinds").getArray())
                    .map(Kind::valueOf)
                    .toList(),
            token)
        .stream()
        .findFirst();
  }

  /** Turns off what the link is about; clicking it again changes nothing more. */
  @Transactional
  public Optional<Outcome> use(String token) {
    List<String> member =
        jdbc.queryForList(
            "SELECT member_id FROM unsubscribe_link WHERE token = ? FOR UPDATE",
            String.class,
            token);
    if (member.isEmpty()) {
      return Optional.empty();
    }
    List<Kind> off = new ArrayList<>();
    List<Kind> kept = new ArrayList<>();
    for (Kind kind : kindsOf(token).orElseThrow()) {
      if (kind.required()) {
        kept.add(kind);
      } else {
        off.add(kind);
        if (preferences.of(member.get(0), kind) != Choice.OFF) {
          preferences.choose(member.get(0), kind, Choice.OFF, BY_LINK);
        }
      }
    }
    jdbc.update(
        "UPDATE unsubscribe_link SET used_at = coalesce(used_at, now()) WHERE token = ?", token);
    return Optional.of(new Outcome(off, kept));
  }
}

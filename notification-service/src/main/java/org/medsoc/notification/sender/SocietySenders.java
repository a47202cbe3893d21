package org.medsoc.notification.sender;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Optional;
import org.medsoc.kernel.error.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who each society's mails are from, and the language they are written in. */
@Component
public class SocietySenders {

  /** A society's sender: its name (shown in the mails), its address and its language. */
  public record Sender(String societyId, String societyName, String address, String language) {

    public Locale locale() {
      return Locale.forLanguageTag(language);
    }
  }

  private final JdbcTemplate jdbc;

  public SocietySenders(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Sender> of(String societyId) {
    if (societyId == null) {
      return Optional.empty();
    }
    return jdbc
        .query(
            "SELECT * FROM society_sender WHERE society_id = ?",
            (rs, i) ->
                new Sender(
                    rs.getString("society_id"),
                    rs.getString("society_name"),
                    rs.getString("address"),
                    rs.getString("language")),
            societyId)
        .stream()
        .findFirst();
  }

  public void set(Sender sender, String by) {
    try {
      InternetAddress address = new InternetAddress(sender.address(), true);
      if (address.getPersonal() != null || !address.getAddress().contains("@")) {
        throw new AddressException("a plain address");
      }
    } catch (AddressException e) {
      throw DomainException.invalid("address", "an address like office@society.org");
    }
    if (sender.locale().getLanguage().isEmpty()) {
      throw DomainException.invalid("language", "a language tag like en, fr or pt-BR");
    }
    jdbc.update(
        """
        INSERT INTO society_sender (society_id, society_name, address, language, updated_at,
            updated_by)
        VALUES (?, ?, ?, ?, now(), ?)
        ON CONFLICT (society_id) DO UPDATE SET society_name = excluded.society_name,
            address = excluded.address, language = excluded.language,
            updated_at = excluded.updated_at, updated_by = excluded.updated_by
        """,
        sender.societyId(),
        sender.societyName(),
        sender.address(),
        sender.language(),
        by);
  }
}

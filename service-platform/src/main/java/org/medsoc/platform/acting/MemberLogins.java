package org.medsoc.platform.acting;

import java.util.Optional;

/** Which member a login acts as, as this service knows it. */
public interface MemberLogins {

  Optional<String> memberActingAs(String subject);
}

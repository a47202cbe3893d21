package org.medsoc.member.member.command;

import java.util.Optional;
import org.medsoc.platform.acting.MemberLogins;

/** Which login (token subject) acts as which member; one login, one member. */
public interface MemberAccounts extends MemberLogins {

  Optional<String> subjectOf(String memberId);
}

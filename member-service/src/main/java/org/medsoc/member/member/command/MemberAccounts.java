package org.medsoc.member.member.command;

import java.util.Optional;

/** Which login (token subject) acts as which member; one login, one member. */
public interface MemberAccounts {

  Optional<String> memberOf(String subject);

  Optional<String> subjectOf(String memberId);
}

package org.medsoc.member.member.command;

import java.util.Optional;

/** Which member, if any, holds an email address; one address belongs to one member. */
public interface MemberEmails {

  Optional<String> ownerOf(String normalizedEmail);
}

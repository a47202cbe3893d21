package org.medsoc.portal.member;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.medsoc.portal.services.Api;
import org.medsoc.portal.services.ServiceProblem;
import org.medsoc.portal.services.Services;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The member record of the person signed in, and the names of the people on their pages: a member
 * reads another's professional card, so a name is what the card says.
 */
@Component
public class MemberSelf {

  private final Api members;

  MemberSelf(Services services) {
    this.members = new Api(services.member());
  }

  /** The signed-in person's member id, once they have registered. */
  public Optional<String> memberId() {
    try {
      return Optional.of(members.get("/members/me", Map.of()).path("memberId").asText());
    } catch (ServiceProblem problem) {
      if (problem.isNotFound()) {
        return Optional.empty();
      }
      throw problem;
    }
  }

  /** The member id, for a page that needs one: before registering there is nothing to show. */
  public String requireMemberId() {
    return memberId()
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "register as a member first, from your home page"));
  }

  /** "Given Family", from the full profile or the professional card, whichever the caller reads. */
  public String nameOf(String memberId) {
    try {
      JsonNode member = members.get("/members/{memberId}", Map.of("memberId", memberId));
      JsonNode named = member.has("profile") ? member.path("profile") : member;
      return named.path("givenName").asText() + " " + named.path("familyName").asText();
    } catch (ServiceProblem notReadable) {
      notReadable.mendableOrRethrown();
      return memberId;
    }
  }
}

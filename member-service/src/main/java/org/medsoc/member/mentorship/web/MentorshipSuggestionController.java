package org.medsoc.member.mentorship.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.medsoc.member.mentorship.api.Suggestion;
import org.medsoc.member.mentorship.query.MentorshipSuggestionView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MentorshipSuggestionController {

  private final MentorshipSuggestionView suggestions;

  public MentorshipSuggestionController(MentorshipSuggestionView suggestions) {
    this.suggestions = suggestions;
  }

  @Operation(
      summary = "Mentors the member met at speed-mentoring, offered as possible mentorships",
      description = "The member themself.")
  @GetMapping("/members/{memberId}/mentorship-suggestions")
  public List<Suggestion> of(@PathVariable String memberId) {
    return suggestions.of(memberId);
  }
}

package org.medsoc.member.record.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.medsoc.member.record.api.Achievement;
import org.medsoc.member.record.query.ProfessionalRecordView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProfessionalRecordController {

  private final ProfessionalRecordView record;

  public ProfessionalRecordController(ProfessionalRecordView record) {
    this.record = record;
  }

  @Operation(
      summary = "A member's professional record, newest first",
      description = "Staff and members: it is the member's public professional achievements.")
  @GetMapping("/members/{memberId}/record")
  public List<Achievement> of(@PathVariable String memberId) {
    return record.of(memberId);
  }
}

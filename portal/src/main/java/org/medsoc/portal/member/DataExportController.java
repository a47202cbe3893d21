package org.medsoc.portal.member;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A member downloads all their data as one JSON document; staff of their society produce it for
 * them (what is the member's alone to read is listed as not shown). The services decide who may
 * read each part.
 */
@Controller
class DataExportController {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final MemberSelf self;
  private final DataExport export;

  DataExportController(MemberSelf self, DataExport export) {
    this.self = self;
    this.export = export;
  }

  @GetMapping("/me/data-export")
  ResponseEntity<byte[]> mine() throws Exception {
    String memberId = self.requireMemberId();
    return download(memberId, "the member");
  }

  @GetMapping("/societies/{societyId}/members/{memberId}/data-export")
  ResponseEntity<byte[]> forMember(@PathVariable String societyId, @PathVariable String memberId)
      throws Exception {
    return download(memberId, "the member, produced by staff of society " + societyId);
  }

  private ResponseEntity<byte[]> download(String memberId, String producedFor) throws Exception {
    byte[] document = JSON.writeValueAsBytes(export.of(memberId, producedFor));
    String name = "medsoc-data-" + memberId + "-" + LocalDate.now(ZoneOffset.UTC) + ".json";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(document);
  }
}

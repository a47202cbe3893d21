package org.medsoc.baseline.web;

import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.medsoc.baseline.enrolment.Enrol;
import org.medsoc.baseline.enrolment.TakeStep;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class EnrolmentController {

  record Enrolling(String name) {}

  record Step(int step) {}

  private final CommandGateway commands;

  public EnrolmentController(CommandGateway commands) {
    this.commands = commands;
  }

  @PostMapping("/enrolments")
  public ResponseEntity<Map<String, String>> enrol(@RequestBody Enrolling request) {
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(new Enrol(id, request.name()));
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("enrolmentId", id));
  }

  @PostMapping("/enrolments/{enrolmentId}/steps")
  public ResponseEntity<Void> step(@PathVariable String enrolmentId, @RequestBody Step request) {
    commands.sendAndWait(new TakeStep(enrolmentId, request.step()));
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(IllegalArgumentException.class)
  public ResponseEntity<String> refused(IllegalArgumentException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage());
  }
}

package org.medsoc.platform.republish;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Platform staff publish the service's facts again from its store, and follow the progress. */
@RestController
@Validated
public class RepublicationController {

  /**
   * @param topics the topics to fill again; none for every topic the service publishes to
   */
  record Request(
      @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z][a-z0-9.-]{0,99}") String> topics) {}

  private final Republication republication;

  public RepublicationController(Republication republication) {
    this.republication = republication;
  }

  @Operation(
      summary = "Publish the service's facts again from its event store",
      description =
          "Platform staff. Every fact of the topics named (all the service's when none), in the"
              + " order of the store and with the ids they had, so consumers drop what they saw."
              + " 409 while one is under way.")
  @PostMapping("/operations/republication")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public Republication.Status start(@Valid @RequestBody Request request) {
    return republication.start(request.topics() == null ? List.of() : request.topics());
  }

  @Operation(
      summary = "How far the republication has come",
      description = "Platform staff. The publisher's position and the store's head.")
  @GetMapping("/operations/republication")
  public Republication.Status status() {
    return republication.status();
  }
}

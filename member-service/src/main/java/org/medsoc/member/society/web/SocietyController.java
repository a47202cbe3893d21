package org.medsoc.member.society.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.input.Limits;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.member.member.api.Dues;
import org.medsoc.member.society.api.AddSection;
import org.medsoc.member.society.api.FindSociety;
import org.medsoc.member.society.api.ListSocieties;
import org.medsoc.member.society.api.RegisterSociety;
import org.medsoc.member.society.api.SetFeeSchedule;
import org.medsoc.member.society.api.SocietyKind;
import org.medsoc.member.society.api.SocietyView;
import org.medsoc.platform.input.Priced;
import org.medsoc.platform.input.PricedInItsCurrency;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Societies and their sections. */
@RestController
@RequestMapping("/societies")
public class SocietyController {

  record NewSociety(@NotBlank @Size(max = Limits.NAME) String name, @NotNull SocietyKind kind) {}

  record NewSection(@NotBlank @Size(max = Limits.NAME) String name) {}

  /** One currency for the whole schedule; an amount per category that has a fee. */
  @PricedInItsCurrency
  record FeeSchedule(
      @NotBlank String currency, @NotNull Map<MembershipCategory, @NotNull BigDecimal> fees)
      implements Priced {

    @Override
    public Map<String, BigDecimal> amounts() {
      Map<String, BigDecimal> byField = new HashMap<>();
      fees.forEach((category, amount) -> byField.put("fees." + category.name(), amount));
      return byField;
    }

    Map<MembershipCategory, Dues> dues() {
      Map<MembershipCategory, Dues> dues = new EnumMap<>(MembershipCategory.class);
      fees.forEach((category, amount) -> dues.put(category, new Dues(amount, currency)));
      return dues;
    }
  }

  private final CommandGateway commands;
  private final QueryGateway queries;

  public SocietyController(CommandGateway commands, QueryGateway queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @Operation(summary = "Register a society")
  @PostMapping
  public ResponseEntity<Map<String, String>> register(@Valid @RequestBody NewSociety request) {
    String societyId = UUID.randomUUID().toString();
    commands.sendAndWait(new RegisterSociety(societyId, request.name(), request.kind()));
    return ResponseEntity.created(URI.create("/societies/" + societyId))
        .body(Map.of("societyId", societyId));
  }

  @Operation(
      summary = "Every society, by name",
      description = "Staff and members: where a person can apply, and what staff run.")
  @GetMapping
  public List<SocietyView> societies() {
    return queries
        .query(new ListSocieties(), ResponseTypes.multipleInstancesOf(SocietyView.class))
        .join();
  }

  @Operation(summary = "A society with its sections")
  @GetMapping("/{societyId}")
  public SocietyView society(@PathVariable String societyId) {
    return queries
        .query(new FindSociety(societyId), ResponseTypes.optionalInstanceOf(SocietyView.class))
        .join()
        .orElseThrow(() -> DomainException.notFound("societyId", "no society " + societyId));
  }

  @Operation(
      summary = "Set the society's fee schedule: the dues of a period in each category",
      description =
          "Approving, renewing and reinstating without an amount take it from here. Categories"
              + " left out have no fee; staff then give the amount each time.")
  @PutMapping("/{societyId}/fees")
  public ResponseEntity<Void> setFees(
      @PathVariable String societyId, @Valid @RequestBody FeeSchedule request) {
    commands.sendAndWait(new SetFeeSchedule(societyId, request.dues()));
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Add a section to a society")
  @PostMapping("/{societyId}/sections")
  public ResponseEntity<Map<String, String>> addSection(
      @PathVariable String societyId, @Valid @RequestBody NewSection request) {
    String sectionId = UUID.randomUUID().toString();
    commands.sendAndWait(new AddSection(societyId, sectionId, request.name()));
    return ResponseEntity.created(URI.create("/societies/" + societyId))
        .body(Map.of("societyId", societyId, "sectionId", sectionId));
  }
}

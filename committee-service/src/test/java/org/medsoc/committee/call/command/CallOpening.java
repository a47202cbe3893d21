package org.medsoc.committee.call.command;

import java.time.LocalDate;
import java.util.Set;
import org.medsoc.committee.call.api.CallEligibility;
import org.medsoc.committee.call.api.CallPurpose;
import org.medsoc.committee.call.api.OpenCall;
import org.medsoc.committee.committee.api.SeatRole;

/** A call to open in a test, saying only what the test is about; the rest is a plain call. */
final class CallOpening {

  private final String callId;
  private final String committeeId;
  private final CallPurpose purpose;
  private String title = "A call";
  private String description;
  private Set<SeatRole> roles;
  private CallEligibility eligibility;
  private LocalDate opensOn = LocalDate.of(2027, 3, 1);
  private LocalDate closesOn = LocalDate.of(2027, 3, 31);
  private boolean selfNominationAllowed;
  private String conferenceId;
  private String previousCallId;

  private CallOpening(String callId, String committeeId, CallPurpose purpose) {
    this.callId = callId;
    this.committeeId = committeeId;
    this.purpose = purpose;
  }

  static CallOpening aCallForSeats(String callId, String committeeId, SeatRole... roles) {
    CallOpening call = new CallOpening(callId, committeeId, CallPurpose.COMMITTEE_SEAT);
    call.roles = Set.of(roles);
    return call;
  }

  /** An award cycle, open to self-nomination as award cycles usually are. */
  static CallOpening anAwardCycle(String callId, String committeeId) {
    CallOpening call = new CallOpening(callId, committeeId, CallPurpose.AWARD);
    call.selfNominationAllowed = true;
    return call;
  }

  static CallOpening aCallForTalks(String callId, String committeeId) {
    return new CallOpening(callId, committeeId, CallPurpose.TALK);
  }

  CallOpening titled(String title) {
    this.title = title;
    return this;
  }

  CallOpening described(String description) {
    this.description = description;
    return this;
  }

  CallOpening openTo(CallEligibility eligibility) {
    this.eligibility = eligibility;
    return this;
  }

  CallOpening open(LocalDate opensOn, LocalDate closesOn) {
    this.opensOn = opensOn;
    this.closesOn = closesOn;
    return this;
  }

  CallOpening forConference(String conferenceId) {
    this.conferenceId = conferenceId;
    return this;
  }

  CallOpening continuing(String previousCallId) {
    this.previousCallId = previousCallId;
    return this;
  }

  OpenCall build() {
    return new OpenCall(
        callId,
        committeeId,
        purpose,
        title,
        description,
        roles,
        eligibility,
        opensOn,
        closesOn,
        selfNominationAllowed,
        conferenceId,
        previousCallId);
  }
}

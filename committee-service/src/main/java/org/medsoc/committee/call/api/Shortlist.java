package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff or the chair shortlist an application or a consented nomination. */
public record Shortlist(@TargetAggregateIdentifier String callId, String submissionId) {}

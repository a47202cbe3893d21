package org.medsoc.baseline.enrolment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record TakeStep(@TargetAggregateIdentifier String enrolmentId, int step) {}

package org.medsoc.events.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A person's registration for the conference was cancelled: a meeting of theirs still to come,
 * asked for or accepted, is cancelled with it, and the other person is free again.
 */
public record CancelForRegistration(@TargetAggregateIdentifier String meetingId, String memberId) {}

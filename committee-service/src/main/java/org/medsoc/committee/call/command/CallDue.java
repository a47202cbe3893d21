package org.medsoc.committee.call.command;

/** The payload of the closing deadline. */
public record CallDue(String callId) {}

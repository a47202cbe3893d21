package org.medsoc.committee.call.api;

/** Query: A call. */
public record FindCall(String callId) {}

package org.medsoc.committee.call.api;

/** Query: A call's applications and nominations, with endorsements and declared conflicts. */
public record FindCallReview(String callId) {}

package org.medsoc.committee.call.api;

/** Query: the endorsements a member was asked for, the unanswered first. */
public record FindEndorsementRequests(String endorserId) {}

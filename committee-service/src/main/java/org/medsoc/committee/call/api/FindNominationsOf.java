package org.medsoc.committee.call.api;

/** Query: The nominations a member received and made. */
public record FindNominationsOf(String memberId) {}

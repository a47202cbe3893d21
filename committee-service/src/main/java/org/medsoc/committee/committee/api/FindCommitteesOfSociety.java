package org.medsoc.committee.committee.api;

/** Query: a society's committees, by name, each with how many of its seats are held today. */
public record FindCommitteesOfSociety(String societyId) {}

package org.medsoc.member.society.api;

/** Query: one society with its sections. */
public record FindSociety(String societyId) {}

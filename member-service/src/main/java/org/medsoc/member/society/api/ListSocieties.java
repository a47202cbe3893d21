package org.medsoc.member.society.api;

/** Query: every society, by name (without sections). */
public record ListSocieties() {}

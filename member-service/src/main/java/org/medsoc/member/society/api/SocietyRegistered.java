package org.medsoc.member.society.api;

/** A society was registered. */
public record SocietyRegistered(String societyId, String name, SocietyKind kind) {}

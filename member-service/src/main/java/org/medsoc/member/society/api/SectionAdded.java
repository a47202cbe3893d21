package org.medsoc.member.society.api;

/** A section was added to a society. */
public record SectionAdded(String societyId, String sectionId, String name) {}

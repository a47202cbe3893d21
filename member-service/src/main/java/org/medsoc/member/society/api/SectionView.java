package org.medsoc.member.society.api;

/** A section of a society. */
public record SectionView(String sectionId, String name) {}

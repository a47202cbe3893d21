package org.medsoc.member.member.api;

/** A member joined a section. */
public record SectionJoined(String memberId, String societyId, String sectionId) {}

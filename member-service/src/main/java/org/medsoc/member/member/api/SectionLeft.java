package org.medsoc.member.member.api;

/** A member left a section. */
public record SectionLeft(String memberId, String societyId, String sectionId) {}

package org.medsoc.member.society.api;

import java.util.List;

/** A society with its sections. */
public record SocietyView(
    String societyId, String name, SocietyKind kind, List<SectionView> sections) {}

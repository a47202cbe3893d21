package org.medsoc.member.society.api;

import java.util.List;
import java.util.Map;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.member.member.api.Dues;

/** A society with its sections and its fee schedule. */
public record SocietyView(
    String societyId,
    String name,
    SocietyKind kind,
    List<SectionView> sections,
    Map<MembershipCategory, Dues> fees) {}

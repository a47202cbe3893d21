package org.medsoc.member.rosterimport.file;

import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.member.member.api.ImportedMembership;
import org.medsoc.member.member.api.MemberProfile;

/** One row of a roster that can be imported: the person and their membership. */
public record ImportRow(
    int row,
    String rowKey,
    MemberProfile profile,
    TrainingLevel trainingLevel,
    ImportedMembership membership) {}

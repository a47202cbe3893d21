package org.medsoc.member.sponsorship.api;

/** Query: the sponsorships a member gives or receives, as the viewer may see them. */
public record FindSponsorshipsOf(String memberId, String viewerMemberId) {}

package org.medsoc.member.introduction.api;

/** Query: the requests for an introduction a member made or was asked, newest first. */
public record FindIntroductionRequestsOf(String memberId) {}

package org.medsoc.member.introduction.api;

import java.time.LocalDate;

/** The members met. */
public record IntroductionMeetingHeld(String introductionId, LocalDate heldOn, String recordedBy) {}

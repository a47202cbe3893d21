package org.medsoc.member.member.api;

import org.medsoc.kernel.member.TrainingLevel;

/** A member's training level changed. */
public record TrainingLevelChanged(String memberId, TrainingLevel from, TrainingLevel to) {}

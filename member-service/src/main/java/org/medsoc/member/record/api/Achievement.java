package org.medsoc.member.record.api;

import java.time.LocalDate;
import org.medsoc.kernel.contracts.record.AchievementRecorded;

/** One line of a member's professional record. */
public record Achievement(
    String achievementId,
    AchievementRecorded.Kind kind,
    String title,
    String organization,
    LocalDate achievedOn,
    String source) {}

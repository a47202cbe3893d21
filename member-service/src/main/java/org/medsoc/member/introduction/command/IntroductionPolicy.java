package org.medsoc.member.introduction.command;

import java.time.Duration;

/** How long a proposed introduction waits for its answers before it expires. */
public record IntroductionPolicy(Duration answerWithin) {}

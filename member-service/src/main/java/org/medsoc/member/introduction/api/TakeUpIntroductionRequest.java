package org.medsoc.member.introduction.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The introducer proposed an introduction in answer to the request. */
public record TakeUpIntroductionRequest(
    @TargetAggregateIdentifier String requestId, String introductionId) {}

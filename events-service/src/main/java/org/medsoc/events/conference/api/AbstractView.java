package org.medsoc.events.conference.api;

/**
 * An abstract as the meetings department reviews it.
 *
 * @param status SUBMITTED, ACCEPTED or REJECTED
 * @param decisionReason the reason given with the decision, as the presenter is told
 * @param sessionId the poster session it is presented in, once a board is assigned
 */
public record AbstractView(
    String abstractId,
    String memberId,
    String title,
    String authors,
    String status,
    String decisionReason,
    String sessionId,
    Integer boardNumber,
    boolean presented) {}

package org.medsoc.committee.call.api;

/**
 * Query: A call's applications and nominations, with endorsements and declared conflicts, for a
 * reviewer: a reviewer who is themself a candidate sees nothing of the submissions about them (the
 * statements and nominators are confidential), nor the conflicts declared with them.
 *
 * @param reviewerMemberId the member the reviewer acts as, or null
 */
public record FindCallReview(String callId, String reviewerMemberId) {}

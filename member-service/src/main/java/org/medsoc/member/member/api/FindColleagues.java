package org.medsoc.member.member.api;

/**
 * Query: active members who share an active membership of a society with the member, found by words
 * of their name, institution, specialty or interests (each a prefix); the member excluded.
 */
public record FindColleagues(String memberId, String text, int limit) {}

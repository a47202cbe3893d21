package org.medsoc.member.rosterimport.api;

/**
 * What is wrong with one row of an imported roster: the field (a mapping key) and why. Row 1 is the
 * first row after the header.
 */
public record ImportProblem(int row, String rowKey, String field, String message) {}

package org.medsoc.kernel.error;

/**
 * One reason a request was refused, tied to the field it concerns (or null for the whole request).
 */
public record FieldViolation(String field, String reason) {}

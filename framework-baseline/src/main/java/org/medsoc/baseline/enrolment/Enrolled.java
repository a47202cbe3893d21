package org.medsoc.baseline.enrolment;

public record Enrolled(String enrolmentId, String name) {}

package org.medsoc.baseline.enrolment;

public record Enrol(String enrolmentId, String name) {}

package org.medsoc.baseline.enrolment;

public record StepTaken(String enrolmentId, int step) {}

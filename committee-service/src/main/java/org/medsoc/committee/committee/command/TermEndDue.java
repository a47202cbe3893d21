package org.medsoc.committee.committee.command;

import java.time.LocalDate;

/** The payload of a term's end deadline: which appointment, for which end. */
record TermEndDue(String appointmentId, LocalDate termEnd) {}

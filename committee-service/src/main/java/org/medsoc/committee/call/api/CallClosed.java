package org.medsoc.committee.call.api;

import java.time.LocalDate;

/** The call's deadline passed: no more applications or nominations; decisions may be made. */
public record CallClosed(String callId, LocalDate closedOn) {}

package org.medsoc.member.member.command;

import java.time.LocalDate;

/** The payload of the lapse deadline: which membership, for which paid period. */
record MembershipLapseDue(String societyId, LocalDate paidThrough) {}

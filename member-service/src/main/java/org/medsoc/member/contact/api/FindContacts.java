package org.medsoc.member.contact.api;

import java.time.LocalDate;

/** Query: a member's contacts, all or only the follow-ups due this week or overdue. */
public record FindContacts(String ownerId, FollowUps followUps, LocalDate today) {}

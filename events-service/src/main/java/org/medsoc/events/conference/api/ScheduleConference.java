package org.medsoc.events.conference.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff schedule a conference of their society, with its capacity and fees by rate. */
public record ScheduleConference(
    @TargetAggregateIdentifier String conferenceId,
    String societyId,
    String name,
    LocalDate startDate,
    LocalDate endDate,
    String timeZone,
    String venue,
    int capacity,
    Map<Rate, BigDecimal> fees,
    String currency) {}

package org.medsoc.events.conference.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A conference as published. */
public record ConferenceView(
    String conferenceId,
    String societyId,
    String name,
    LocalDate startDate,
    LocalDate endDate,
    String timeZone,
    String venue,
    int capacity,
    Map<Rate, BigDecimal> fees,
    String currency) {}

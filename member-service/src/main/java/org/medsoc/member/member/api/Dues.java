package org.medsoc.member.member.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** Dues recorded for a period (paid by other means; the platform does not process cards). */
public record Dues(
    @NotNull
        @DecimalMin(value = "0.00", message = "must not be negative")
        @Digits(integer = 7, fraction = 2)
        BigDecimal amount,
    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
        String currency) {}

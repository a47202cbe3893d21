package org.medsoc.member.member.api;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * Dues recorded for a period (paid by other means; the platform does not process cards), in an ISO
 * 4217 currency; the request that carries them checks the amount against its currency.
 */
public record Dues(@NotNull BigDecimal amount, @NotNull String currency) {}

package org.medsoc.platform.input;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A request carrying money: amounts in one ISO 4217 currency. {@link PricedInItsCurrency} checks
 * the currency, each amount's bounds, and that no amount has more decimals than its currency has
 * minor units (two for USD, none for JPY, three for KWD).
 */
public interface Priced {

  /** The largest amount anyone records here, in any currency: twelve integer digits. */
  BigDecimal MAX_AMOUNT = new BigDecimal("999999999999");

  String currency();

  /** The name of the field that holds the currency, relative to this object. */
  default String currencyField() {
    return "currency";
  }

  /** Each amount by the name of the field that holds it, relative to this object. */
  Map<String, BigDecimal> amounts();
}

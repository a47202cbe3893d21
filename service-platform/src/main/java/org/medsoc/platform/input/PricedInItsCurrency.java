package org.medsoc.platform.input;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/** Amounts of a {@link Priced} request fit their currency and the platform's bounds. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PricedInItsCurrency.Check.class)
public @interface PricedInItsCurrency {

  String message() default "amounts must fit their currency";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<PricedInItsCurrency, Priced> {

    @Override
    public boolean isValid(Priced priced, ConstraintValidatorContext context) {
      if (priced == null || priced.currency() == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      int minorUnits = minorUnits(priced.currency());
      boolean valid = true;
      if (minorUnits < 0) {
        valid =
            refuse(
                context, priced.currencyField(), "must be an ISO 4217 currency code such as USD");
      }
      for (Map.Entry<String, BigDecimal> amount : priced.amounts().entrySet()) {
        BigDecimal value = amount.getValue();
        if (value == null) {
          continue;
        }
        if (value.signum() < 0) {
          valid = refuse(context, amount.getKey(), "must not be negative");
        } else if (value.compareTo(Priced.MAX_AMOUNT) > 0) {
          valid = refuse(context, amount.getKey(), "must be at most " + Priced.MAX_AMOUNT);
        } else if (minorUnits >= 0 && value.stripTrailingZeros().scale() > minorUnits) {
          valid =
              refuse(
                  context,
                  amount.getKey(),
                  "must have at most " + minorUnits + " decimals in " + priced.currency());
        }
      }
      return valid;
    }

    private static int minorUnits(String code) {
      if (!code.matches("[A-Z]{3}")) {
        return -1;
      }
      try {
        return Currency.getInstance(code).getDefaultFractionDigits();
      } catch (IllegalArgumentException unknown) {
        return -1;
      }
    }

    private static boolean refuse(ConstraintValidatorContext context, String field, String reason) {
      context
          .buildConstraintViolationWithTemplate(reason)
          .addPropertyNode(field)
          .addConstraintViolation();
      return false;
    }
  }
}

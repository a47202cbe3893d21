package org.medsoc.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A value in a JSON body that is well formed but refused; Jackson adds the path to the field. */
public class UnacceptableInput extends MismatchedInputException {

  private final String reason;

  public UnacceptableInput(JsonParser parser, String reason) {
    super(parser, reason, (Class<?>) null);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}

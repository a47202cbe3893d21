package org.medsoc.committee.call.api;

/** The decision on an application or nomination. */
public enum Outcome {
  SELECTED,
  NOT_SELECTED
}

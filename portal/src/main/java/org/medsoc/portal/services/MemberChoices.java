package org.medsoc.portal.services;

import java.util.Arrays;
import java.util.List;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.TrainingLevel;

/** The choices a form offers for a membership, from the kernel the services decide by. */
public final class MemberChoices {

  public static final List<String> CATEGORIES =
      Arrays.stream(MembershipCategory.values()).map(Enum::name).toList();
  public static final List<String> TRAINING_LEVELS =
      Arrays.stream(TrainingLevel.values()).map(Enum::name).toList();

  private MemberChoices() {}
}

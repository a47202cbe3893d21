package org.medsoc.platform.personal;

/**
 * A service's views that hold copies of members' own words: told to replace an erased member's with
 * {@link PersonalData#ERASED} (by the {@link ErasureListener}, after their key is gone).
 */
public interface ErasedMemberViews {

  void scrub(String memberId);
}

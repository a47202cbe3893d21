package org.medsoc.member.society.query;

import java.util.Map;
import java.util.Optional;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.member.member.api.Dues;

/** What command handlers may ask about societies; answered from the society directory. */
public interface Societies {

  boolean exists(String societyId);

  boolean hasSection(String societyId, String sectionId);

  /** The dues of a period in this category, as the society's fee schedule sets them. */
  Optional<Dues> feeFor(String societyId, MembershipCategory category);

  /** The society's sections by lower-cased name, for files that name sections. */
  Map<String, String> sectionsByName(String societyId);
}

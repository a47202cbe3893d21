package org.medsoc.member.society.query;

/** What command handlers may ask about societies; answered from the society directory. */
public interface Societies {

  boolean exists(String societyId);

  boolean hasSection(String societyId, String sectionId);
}

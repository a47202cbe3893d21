package org.medsoc.testsupport;

import java.time.LocalDate;
import java.util.Set;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.contracts.member.MembershipChanged.Change;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;

/**
 * A membership fact as member-service publishes it, for tests that play member-service: an
 * attending's approved, active membership paid for a year, unless the test says otherwise.
 */
public final class MembershipFact {

  private final String memberId;
  private final String societyId;
  private Change change = Change.APPROVED;
  private MembershipStatus status = MembershipStatus.ACTIVE;
  private MembershipCategory category = MembershipCategory.FULL;
  private TrainingLevel trainingLevel = TrainingLevel.ATTENDING;
  private LocalDate paidThrough = LocalDate.now().plusYears(1);
  private Set<String> sectionIds = Set.of();
  private long version = 1;
  private String login;

  private MembershipFact(String memberId, String societyId) {
    this.memberId = memberId;
    this.societyId = societyId;
  }

  public static MembershipFact approved(String memberId, String societyId) {
    return new MembershipFact(memberId, societyId);
  }

  public static MembershipFact lapsed(String memberId, String societyId) {
    MembershipFact fact = new MembershipFact(memberId, societyId);
    fact.change = Change.LAPSED;
    fact.status = MembershipStatus.LAPSED;
    return fact;
  }

  /** A resident (PGY2) in the resident, fellow or in-training category. */
  public MembershipFact resident() {
    return at(TrainingLevel.PGY2);
  }

  /** At this training level, in the category that goes with it. */
  public MembershipFact at(TrainingLevel level) {
    this.trainingLevel = level;
    this.category =
        level.isTrainee()
            ? MembershipCategory.RESIDENT_FELLOW_IN_TRAINING
            : MembershipCategory.FULL;
    return this;
  }

  public MembershipFact category(MembershipCategory category) {
    this.category = category;
    return this;
  }

  public MembershipFact status(MembershipStatus status) {
    this.status = status;
    return this;
  }

  public MembershipFact change(Change change) {
    this.change = change;
    return this;
  }

  public MembershipFact paidThrough(LocalDate paidThrough) {
    this.paidThrough = paidThrough;
    return this;
  }

  public MembershipFact inSections(String... sectionIds) {
    this.sectionIds = Set.of(sectionIds);
    return this;
  }

  public MembershipFact version(long version) {
    this.version = version;
    return this;
  }

  /** The login that acts as the member. */
  public MembershipFact login(String login) {
    this.login = login;
    return this;
  }

  public MembershipChanged build() {
    return new MembershipChanged(
        memberId,
        societyId,
        change,
        status,
        category,
        trainingLevel,
        paidThrough,
        sectionIds,
        version,
        login);
  }
}

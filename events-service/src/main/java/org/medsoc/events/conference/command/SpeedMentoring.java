package org.medsoc.events.conference.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medsoc.events.conference.api.MentoringPair;
import org.medsoc.events.conference.api.MentoringRole;

/** Who joined a speed-mentoring session, in order, and whether it has been paired. */
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.ANY,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class SpeedMentoring {

  record Joiner(MentoringRole role, Set<String> interests) {}

  private final LinkedHashMap<String, Joiner> joined = new LinkedHashMap<>();
  private boolean paired;

  LinkedHashMap<String, Joiner> joined() {
    return joined;
  }

  boolean paired() {
    return paired;
  }

  void markPaired() {
    paired = true;
  }

  long count(MentoringRole role) {
    return joined.values().stream().filter(j -> j.role() == role).count();
  }

  List<MentoringPair> pair(String sessionId) {
    List<String> freeMentors =
        new ArrayList<>(
            joined.entrySet().stream()
                .filter(e -> e.getValue().role() == MentoringRole.MENTOR)
                .map(Map.Entry::getKey)
                .toList());
    List<MentoringPair> pairs = new ArrayList<>();
    for (Map.Entry<String, Joiner> trainee : joined.entrySet()) {
      if (trainee.getValue().role() != MentoringRole.TRAINEE || freeMentors.isEmpty()) {
        continue;
      }
      String best = freeMentors.get(0);
      int bestShared = -1;
      for (String mentor : freeMentors) {
        int shared = shared(trainee.getValue(), joined.get(mentor)).size();
        if (shared > bestShared) {
          best = mentor;
          bestShared = shared;
        }
      }
      freeMentors.remove(best);
      pairs.add(
          new MentoringPair(
              sessionId + ":" + trainee.getKey(),
              trainee.getKey(),
              best,
              shared(trainee.getValue(), joined.get(best))));
    }
    return pairs;
  }

  private static Set<String> shared(Joiner a, Joiner b) {
    Set<String> shared = new java.util.TreeSet<>(a.interests());
    shared.retainAll(b.interests());
    return Set.copyOf(shared);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SpeedMentoring that
        && paired == that.paired
        && joined.equals(that.joined);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(joined, paired);
  }
}

package org.medsoc.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchivesTest {

  @TempDir Path services;

  @Test
  void a_service_without_an_archive_writes_one_of_its_own_name_when_it_stops() {
    ClassDataArchives.Launch launch = new ClassDataArchives(services).launch("member-service");

    assertThat(launch.options()).singleElement().asString().startsWith("-XX:ArchiveClassesAtExit=");
    assertThat(launch.writing().getFileName().toString())
        .startsWith("member-service-")
        .endsWith(".jsa.part");
  }

  @Test
  void what_the_ended_process_wrote_is_moved_into_place_and_mapped_from_the_next_start()
      throws Exception {
    ClassDataArchives archives = new ClassDataArchives(services);
    ClassDataArchives.Launch first = archives.launch("member-service");
    Files.createDirectories(first.writing().getParent());
    Files.writeString(first.writing(), "archived classes");

    first.keep(archives.archive("member-service"), 143);

    assertThat(archives.archive("member-service")).hasContent("archived classes");
    assertThat(first.writing()).doesNotExist();
    assertThat(archives.launch("member-service").options())
        .containsExactly("-XX:SharedArchiveFile=" + archives.archive("member-service"));
  }

  @Test
  void a_process_that_wrote_nothing_leaves_no_archive() {
    ClassDataArchives archives = new ClassDataArchives(services);

    archives.launch("portal").keep(archives.archive("portal"), 0);

    assertThat(archives.archive("portal")).doesNotExist();
  }

  @Test
  void what_a_killed_process_wrote_is_thrown_away() throws Exception {
    ClassDataArchives archives = new ClassDataArchives(services);
    ClassDataArchives.Launch killed = archives.launch("portal");
    Files.createDirectories(killed.writing().getParent());
    Files.writeString(killed.writing(), "half an archive");

    killed.keep(archives.archive("portal"), 137);

    assertThat(archives.archive("portal")).doesNotExist();
    assertThat(killed.writing()).doesNotExist();
  }
}

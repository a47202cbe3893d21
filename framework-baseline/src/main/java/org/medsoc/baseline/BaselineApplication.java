package org.medsoc.baseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The framework's own cost, measured beside the platform: a REST call sends a command to an
 * event-sourced aggregate whose events Axon appends to PostgreSQL through its JDBC event store, and
 * nothing else happens (no tokens, no Kafka, no projections, no sealing, no encryption).
 */
@SpringBootApplication
public class BaselineApplication {

  public static void main(String[] args) {
    SpringApplication.run(BaselineApplication.class, args);
  }
}

package org.medsoc.identity;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells the local stack the issuer is up. */
@RestController
class HealthController {

  @GetMapping("/health")
  Map<String, String> health() {
    return Map.of("status", "UP");
  }
}

package org.medsoc.portal.web;

import org.medsoc.portal.PortalProperties;
import org.medsoc.portal.security.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in, for its navigation. */
@ControllerAdvice
class ViewerAdvice {

  private final PortalProperties properties;

  ViewerAdvice(PortalProperties properties) {
    this.properties = properties;
  }

  @ModelAttribute("identityProvider")
  String identityProvider() {
    return properties.identityProvider();
  }

  @ModelAttribute("viewer")
  Viewer viewer(Authentication authentication) {
    return Viewer.of(authentication).orElse(null);
  }
}

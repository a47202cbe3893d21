package org.medsoc.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.medsoc.portal.services.ServiceProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.client.ResourceAccessException;

/** Pages that say what went wrong in words, never a stack trace. */
@Controller
@ControllerAdvice
class ProblemPages {

  private static final Logger log = LoggerFactory.getLogger(ProblemPages.class);

  @RequestMapping("/problems/stale-form")
  String staleForm() {
    return "portal/problems/stale-form";
  }

  @RequestMapping("/problems/sign-in-failed")
  String signInFailed() {
    return "portal/problems/sign-in-failed";
  }

  @RequestMapping("/problems/not-allowed")
  String notAllowed() {
    return "portal/problems/not-allowed";
  }

  @ExceptionHandler(ResourceAccessException.class)
  String serviceDown(ResourceAccessException e, HttpServletResponse response) {
    log.warn("A service did not answer: {}", e.getMessage());
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    return "portal/problems/service-down";
  }

  @ExceptionHandler(ServiceProblem.class)
  String refused(ServiceProblem problem, HttpServletResponse response, Model model) {
    response.setStatus(problem.status());
    model.addAttribute("detail", problem.getMessage());
    return problem.status() == 403 ? "portal/problems/not-allowed" : "portal/problems/refused";
  }
}

package org.medsoc.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.error.FieldViolation;
import org.medsoc.platform.input.UnacceptableInput;
import org.medsoc.platform.resilience.Outage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal as {@code application/problem+json}: a title, a detail, and an {@code errors} list
 * naming each field and the reason, so a portal can put the message next to the field.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(DomainException.class)
  ResponseEntity<Object> refused(DomainException e) {
    HttpStatus status =
        switch (e.kind()) {
          case INVALID -> HttpStatus.BAD_REQUEST;
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case CONFLICT -> HttpStatus.CONFLICT;
          case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    String detail =
        e.kind() == DomainException.Kind.FORBIDDEN ? "You may not do this" : e.getMessage();
    return problem(status, detail, e.violations());
  }

  @ExceptionHandler(CommandExecutionException.class)
  ResponseEntity<Object> commandFailed(CommandExecutionException e) {
    if (e.getCause() instanceof DomainException domain) {
      return refused(domain);
    }
    return infrastructureFailed(e);
  }

  /**
   * The database unreachable or restarting: 503 with a hint to retry, nothing stored. Any other
   * failure of the store or a transaction is the platform's fault: 500, still problem+json.
   */
  @ExceptionHandler({DataAccessException.class, TransactionException.class, AxonException.class})
  ResponseEntity<Object> infrastructureFailed(Exception e) {
    if (Outage.isOutage(e)) {
      boolean inDoubt = Outage.inDoubt(e);
      log.warn(
          inDoubt
              ? "Request in doubt: the database went away during its commit: {}"
              : "Request refused while the database is unavailable: {}",
          e.toString());
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.SERVICE_UNAVAILABLE, inDoubt ? Outage.IN_DOUBT_DETAIL : Outage.DETAIL);
      problem.setProperty(
          "errors",
          List.of(
              new FieldViolation(
                  null, inDoubt ? "commit outcome unknown" : "database unavailable")));
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
          .header(HttpHeaders.RETRY_AFTER, Outage.RETRY_AFTER_SECONDS)
          .body(problem);
    }
    log.error("Request failed in the platform", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "The request failed inside the platform",
        List.of(new FieldViolation(null, "internal error")));
  }

  @ExceptionHandler(AggregateNotFoundException.class)
  ResponseEntity<Object> aggregateNotFound(AggregateNotFoundException e) {
    return problem(
        HttpStatus.NOT_FOUND,
        "Not found: " + e.getAggregateIdentifier(),
        List.of(new FieldViolation("id", "nothing exists with id " + e.getAggregateIdentifier())));
  }

  @ExceptionHandler(ConcurrencyException.class)
  ResponseEntity<Object> concurrentChange(ConcurrencyException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Changed concurrently by another request; reload and try again",
        List.of(new FieldViolation(null, "concurrent modification")));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> constraintViolated(ConstraintViolationException e) {
    List<FieldViolation> violations =
        e.getConstraintViolations().stream()
            .map(v -> new FieldViolation(lastNode(v.getPropertyPath().toString()), v.getMessage()))
            .toList();
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", violations);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid request",
        List.of(
            new FieldViolation(
                e.getName(),
                e.getMostSpecificCause() instanceof IllegalArgumentException refused
                        && refused.getMessage() != null
                        && refused.getMessage().startsWith("must ")
                    ? refused.getMessage()
                    : "is not a valid value")));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldViolation> violations =
        e.getBindingResult().getFieldErrors().stream()
            .map(
                f ->
                    new FieldViolation(
                        f.getField(),
                        f.isBindingFailure() ? "is not a valid value" : f.getDefaultMessage()))
            .collect(Collectors.toList());
    e.getBindingResult()
        .getGlobalErrors()
        .forEach(g -> violations.add(new FieldViolation(null, g.getDefaultMessage())));
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", violations);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldViolation> violations =
        e.getParameterValidationResults().stream()
            .flatMap(
                r ->
                    r.getResolvableErrors().stream()
                        .map(
                            err ->
                                new FieldViolation(
                                    r.getMethodParameter().getParameterName(),
                                    err.getDefaultMessage())))
            .toList();
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", violations);
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid request",
        List.of(new FieldViolation(e.getParameterName(), "is required")));
  }

  /**
   * Whatever else Spring MVC refuses by itself (a method not allowed, a media type not supported)
   * carries the same {@code errors} list as every other refusal.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && (problem.getProperties() == null || !problem.getProperties().containsKey("errors"))) {
      problem.setProperty(
          "errors",
          List.of(
              new FieldViolation(
                  null, problem.getDetail() != null ? problem.getDetail() : "refused")));
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Throwable cause = e.getCause();
    FieldViolation violation;
    if (cause instanceof UnacceptableInput refused) {
      violation = new FieldViolation(path(refused), refused.reason());
    } else if (cause instanceof UnrecognizedPropertyException u) {
      violation = new FieldViolation(path(u), "is not a known field");
    } else if (cause instanceof InvalidFormatException f) {
      violation =
          new FieldViolation(path(f), "is not a valid " + f.getTargetType().getSimpleName());
    } else if (cause instanceof MismatchedInputException m) {
      violation = new FieldViolation(path(m), "has the wrong type or shape");
    } else if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      violation = new FieldViolation(path(m), "is not an acceptable value");
    } else if (cause instanceof JsonProcessingException p && p.getOriginalMessage() != null) {
      violation =
          new FieldViolation(null, "the body is not readable JSON: " + p.getOriginalMessage());
    } else {
      violation = new FieldViolation(null, "the body is not readable JSON");
    }
    return problem(HttpStatus.BAD_REQUEST, "Unreadable request body", List.of(violation));
  }

  private static ResponseEntity<Object> problem(
      HttpStatus status, String detail, List<FieldViolation> violations) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setProperty("errors", violations);
    return ResponseEntity.status(status)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String lastNode(String propertyPath) {
    int dot = propertyPath.lastIndexOf('.');
    return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
  }
}

package org.medsoc.notification.delivery;

import java.util.List;
import java.util.Locale;
import org.medsoc.notification.names.ConferenceNames;
import org.medsoc.notification.obligation.Kind;
import org.medsoc.notification.obligation.Words;
import org.medsoc.notification.recipient.Recipients;
import org.medsoc.notification.recipient.Recipients.Recipient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The words of each mail, in text and HTML: the subject and body from the message bundle ({@code
 * notification-messages.properties}, which a society can translate), laid out by the Thymeleaf
 * templates {@code mail/notification.txt} and {@code .html}, with a link into the portal.
 */
@Component
public class MailTexts {

  /** A mail's subject and its two bodies. */
  public record Mail(String subject, String plain, String html) {}

  /**
   * Who a mail is from and how it is written: a society's sender, name and language, or the
   * platform's.
   *
   * @param from the From address, with its name
   * @param societyName the society the mail is about, named in its footer; null for the platform
   */
  public record Letterhead(
      jakarta.mail.internet.InternetAddress from, String societyName, Locale locale) {}

  /** One notification of a digest. */
  public record Item(Kind kind, List<String> args, String link) {}

  /** A line of a digest as the template shows it. */
  public record Line(String subject, String link) {}

  private final MessageSource messages;
  private final Recipients recipients;
  private final ConferenceNames conferences;
  private final String portalUrl;
  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  public MailTexts(
      MessageSource messages,
      Recipients recipients,
      ConferenceNames conferences,
      @Value("${notification.portal-url}") String portalUrl) {
    this.messages = messages;
    this.recipients = recipients;
    this.conferences = conferences;
    this.portalUrl = portalUrl;
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 1));
    engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 2));
    engine.setTemplateEngineMessageSource(messages);
  }

  /** What a kind is, in words. */
  public String kindName(Kind kind, Locale locale) {
    return messages.getMessage("kind." + kind, null, locale);
  }

  /** The subject a notification has, as a mail or the notification centre shows it. */
  public String subject(Kind kind, List<String> args, Locale locale) {
    return messages.getMessage("mail." + kind + ".subject", words(args, locale), locale);
  }

  /**
   * One notification as a mail.
   *
   * @param unsubscribe where the mail's unsubscribe link leads
   */
  public Mail render(
      Kind kind,
      List<String> args,
      String link,
      Recipient to,
      Letterhead letterhead,
      String unsubscribe) {
    Locale locale = letterhead.locale();
    Object[] words = words(args, locale);
    String subject = messages.getMessage("mail." + kind + ".subject", words, locale);
    Context context = context(to, letterhead, unsubscribe);
    context.setVariable("subject", subject);
    context.setVariable("body", messages.getMessage("mail." + kind + ".body", words, locale));
    context.setVariable("link", portalUrl + link);
    return new Mail(
        subject,
        engine.process("mail/notification.txt", context),
        engine.process("mail/notification.html", context));
  }

  /** Several notifications in one mail: each subject with its link. */
  public Mail digest(List<Item> items, Recipient to, Letterhead letterhead, String unsubscribe) {
    Locale locale = letterhead.locale();
    String subject =
        messages.getMessage("mail.digest.subject", new Object[] {items.size()}, locale);
    Context context = context(to, letterhead, unsubscribe);
    context.setVariable("subject", subject);
    context.setVariable(
        "lines",
        items.stream()
            .map(i -> new Line(subject(i.kind(), i.args(), locale), portalUrl + i.link()))
            .toList());
    return new Mail(
        subject,
        engine.process("mail/digest.txt", context),
        engine.process("mail/digest.html", context));
  }

  private Context context(Recipient to, Letterhead letterhead, String unsubscribe) {
    Context context = new Context(letterhead.locale());
    context.setVariable("name", to.displayName());
    context.setVariable(
        "footer",
        letterhead.societyName() == null
            ? messages.getMessage("mail.footer", null, letterhead.locale())
            : messages.getMessage(
                "mail.footerOf", new Object[] {letterhead.societyName()}, letterhead.locale()));
    context.setVariable("unsubscribe", unsubscribe);
    context.setVariable("preferences", portalUrl + "/notifications#preferences");
    return context;
  }

  private Object[] words(List<String> args, Locale locale) {
    return args.stream().map(arg -> word(arg, locale)).toArray();
  }

  private String word(String arg, Locale locale) {
    if (arg.startsWith(Words.MEMBER)) {
      return recipients.nameOf(
          arg.substring(Words.MEMBER.length()),
          messages.getMessage("mail.aColleague", null, locale));
    }
    if (arg.startsWith(Words.CONFERENCE)) {
      return conferences.nameOf(
          arg.substring(Words.CONFERENCE.length()),
          messages.getMessage("mail.aConference", null, locale));
    }
    if (arg.startsWith(Words.ROLE)) {
      String role = arg.substring(Words.ROLE.length());
      return messages.getMessage("role." + role, null, role, locale);
    }
    return arg;
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
    resolver.setCharacterEncoding("UTF-8");
    resolver.setOrder(order);
    resolver.setCheckExistence(true);
    return resolver;
  }
}

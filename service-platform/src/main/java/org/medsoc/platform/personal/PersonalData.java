package org.medsoc.platform.personal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's own data in a stored event or snapshot: written encrypted with that person's key, read
 * as the text, or as {@link #ERASED} once the person is erased and the key destroyed. On a text or
 * a list of texts it is encrypted as such; on a record or class it reaches the fields of that type
 * marked so. {@link #subject()} names the field beside it that holds whose data it is; a field
 * inside a marked type leaves it empty and belongs to the same person.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface PersonalData {

  /** What an erased person's data reads as, everywhere. */
  String ERASED = "[erased]";

  /** The field beside this one naming the data subject, or empty inside a marked type. */
  String subject() default "";

  /**
   * Further fields beside this one naming others it equally belongs to (an introduction's reason
   * describes both people introduced): sealed with each one's key, so the erasure of any erases it.
   */
  String[] alsoOf() default {};
}

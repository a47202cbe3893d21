package org.medsoc.platform.deadletter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.medsoc.platform.projection.BatchedStatements;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an event handler of a streaming group inside a savepoint of the batch's transaction once
 * that event has failed without one. When PostgreSQL refuses one event's statement it aborts the
 * whole transaction, and the dead-letter queue could neither store the letter nor let the rest of
 * the batch through; rolled back to a savepoint, the transaction stays usable, the letter is stored
 * and the batch goes on. A savepoint around every event would cost two more round trips to the
 * database for each (most of a rebuild's time), so the first failure rolls its batch back instead,
 * the processor retries it, and on the retry that event, and only that one, runs in a savepoint.
 * Statements a projection held for the commit ({@link BatchedStatements}) cannot name the event at
 * fault: when they fail, every event of the batch that held one runs in a savepoint on the retry.
 */
public class SavepointOnceFailed implements HandlerEnhancerDefinition {

  private static final TransactionDefinition NESTED =
      new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

  private final PlatformTransactionManager transactions;
  private final StreamingGroups groups;

  /** Events that failed without a savepoint, by identifier and handling class. */
  private final Cache<String, Boolean> failed = Caffeine.newBuilder().maximumSize(10_000).build();

  public SavepointOnceFailed(PlatformTransactionManager transactions, StreamingGroups groups) {
    this.transactions = transactions;
    this.groups = groups;
  }

  @Override
  public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
    if (!original.canHandleMessageType(EventMessage.class)
        || !groups.isStreaming(StreamingGroups.groupOf(original.declaringClass()))) {
      return original;
    }
    return new WrappedMessageHandlingMember<>(original) {
      @Override
      public Object handle(Message<?> message, T target) throws Exception {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
          return super.handle(message, target);
        }
        String key = message.getIdentifier() + ":" + original.declaringClass().getName();
        if (failed.getIfPresent(key) == null) {
          Object result;
          try {
            result = super.handle(message, target);
          } catch (Exception | Error e) {
            failed.put(key, Boolean.TRUE);
            throw e;
          }
          BatchedStatements.ifSendingFails(() -> failed.put(key, Boolean.TRUE));
          return result;
        }
        BatchedStatements.sendHeld();
        TransactionStatus savepoint = transactions.getTransaction(NESTED);
        Object result;
        try {
          result = super.handle(message, target);
          BatchedStatements.sendHeld();
        } catch (Exception | Error e) {
          transactions.rollback(savepoint);
          throw e;
        }
        transactions.commit(savepoint);
        return result;
      }
    };
  }
}

package org.reportcycle.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the engine adapters run a command: losing to a concurrent engine transaction (optimistic locking,
 * or an integrity violation of the engine's own tables) is a lost race, a {@link TransientConflictException} the
 * request is tried again on, not a refusal and not a 500.
 */
public final class EngineCommands {

    private static final Logger log = LoggerFactory.getLogger(EngineCommands.class);

    private EngineCommands() {}

    public static void run(Runnable command) {
        call(() -> {
            command.run();
            return null;
        });
    }

    public static <T> T call(Supplier<T> command) {
        try {
            return command.get();
        } catch (OptimisticLockingException e) {
            log.info("Engine command met a concurrent change: {}", e.getMessage());
            throw new TransientConflictException(e);
        } catch (ProcessEngineException e) {
            if (Retrying.isEngineRace(e)) {
                throw new TransientConflictException(e);
            }
            throw e;
        }
    }
}

package org.reportcycle.operations;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed background work for those who look after the application: administrators and the office read it,
 * administrators give a failed job one more try, which the job executor then takes like any due job.
 */
@Service
public class Incidents {

    /** The engine's ids are UUIDs or numbers; anything else names nothing and is not asked for. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final EngineIncidents engine;

    Incidents(EngineIncidents engine) {
        this.engine = engine;
    }

    /** How many rows {@code /admin/incidents} lists; 0 for anyone who may not read it. */
    @Transactional(readOnly = true)
    public long count(CurrentUser user) {
        return mayRead(user) ? engine.count() : 0;
    }

    @Transactional(readOnly = true)
    List<Failure> all(CurrentUser user) {
        requireRead(user);
        return engine.all();
    }

    /** 404 for an id the engine does not know; 409 when there is no failed job to run again. */
    @Transactional
    Failure retry(CurrentUser user, String id) {
        user.requireRole(Role.ADMIN);
        Failure failure = (ID.matcher(id).matches() ? engine.find(id) : Optional.<Failure>empty())
                .orElseThrow(() -> new NotFoundException("error.incident.unknown", id));
        if (failure.jobId() == null) {
            throw new ConflictException("error.incident.noJob", id);
        }
        if (!failure.needsRetry()) {
            throw new ConflictException("error.incident.notFailed", id);
        }
        if (!engine.retry(failure.jobId())) {
            throw new ConflictException("error.incident.notFailed", id);
        }
        return engine.find(id).orElseGet(failure::retried);
    }

    static boolean mayRead(CurrentUser user) {
        return user.isOffice() || user.has(Role.ADMIN);
    }

    private static void requireRead(CurrentUser user) {
        if (!mayRead(user)) {
            throw new ForbiddenException("error.forbidden.role", Role.ADMIN.label());
        }
    }
}

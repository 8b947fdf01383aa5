package org.reportcycle.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** For tests of refusals: the action must throw this type, and the exception is returned for further checks. */
public final class Refusals {

    private Refusals() {}

    public static <T extends Throwable> T refused(Class<T> type, ThrowingCallable action) {
        Throwable thrown = catchThrowable(action);
        assertThat(thrown).as("expected %s", type.getSimpleName()).isInstanceOf(type);
        return type.cast(thrown);
    }
}

/**
 * Email through an outbox: every message is written in the transaction of the step that causes it, with an
 * idempotency key, and a sender delivers it with retries. Without SMTP the messages stay, marked not sent.
 */
@ApplicationModule(allowedDependencies = {"calendar", "organization", "system"})
package org.reportcycle.notification;

import org.springframework.modulith.ApplicationModule;

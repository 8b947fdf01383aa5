package org.reportcycle.notification;

/** A stored file that outbox messages carry; {@code content} is shared by every message of a batch, never changed. */
record Attachment(long id, String fileName, String contentType, byte[] content) {}

package org.reportcycle.bulletin;

/** A file to download: its name (e.g. 工会要情摘报2026年第7期.pdf), its media type and its bytes. */
public record BulletinFile(String fileName, BulletinFormat format, byte[] content) {
}

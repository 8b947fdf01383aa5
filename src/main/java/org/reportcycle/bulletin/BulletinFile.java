package org.reportcycle.bulletin;

/**
 * A file to download: its name (e.g. 工会要情摘报2026年第7期.pdf), an ASCII name for clients that cannot read it
 * (bulletin-2026-7.pdf), its format and its bytes.
 */
public record BulletinFile(String fileName, String asciiFileName, BulletinFormat format, byte[] content) {}

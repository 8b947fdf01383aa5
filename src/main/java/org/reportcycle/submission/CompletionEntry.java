package org.reportcycle.submission;

/** One paragraph of completed work: a title sentence and its body (seed 000: 一、深入学习…。21日上午，…). */
public record CompletionEntry(String title, String body) {}

package org.reportcycle.document;

/**
 * Fonts and sizes of official documents after GB/T 9704-2012, in one place so every rendering (DOCX, PDF) names
 * the same faces. Fonts are named, not embedded: the offices that print these have the GB fonts installed, and a
 * reader without them gets the nearest face their word processor finds.
 */
public final class OfficialFonts {

    static final String XIAOBIAOSONG = "方正小标宋简体";
    static final String FANGSONG = "仿宋_GB2312";
    static final String KAITI = "楷体_GB2312";
    static final String HEITI = "黑体";
    static final String SONGTI = "宋体";

    /** The masthead red (版头), for the bulletin name and the rule under the issuer line. */
    static final String RED = "FF0000";

    /** 初号: the bulletin name in the masthead. */
    static final Face MASTHEAD = new Face(XIAOBIAOSONG, 42);
    /** 二号 小标宋: document title and section titles. */
    public static final Face TITLE = new Face(XIAOBIAOSONG, 22);
    /** 三号 黑体: first-level headings 一、 */
    public static final Face HEADING = new Face(HEITI, 16);
    /** 三号 楷体: second-level headings （一） */
    public static final Face SUBHEADING = new Face(KAITI, 16);
    /** 三号 仿宋: body text. */
    public static final Face BODY = new Face(FANGSONG, 16);
    /** 四号 仿宋: the footer block (版记). */
    static final Face NOTE = new Face(FANGSONG, 14);
    /** 四号 宋体: page numbers. */
    static final Face PAGE_NUMBER = new Face(SONGTI, 14);

    private OfficialFonts() {}

    /** A font at a size in points (三号 = 16 pt). */
    public record Face(String font, double points) {}
}

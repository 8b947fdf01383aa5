package org.reportcycle.document;

import org.reportcycle.system.ChineseNumerals;

/** How items are numbered: 一、二、…十一、 or 1、2、… */
public enum Numbering {
    CHINESE,
    ARABIC;

    /** The number of the n-th item (from 1), without the 、 */
    public String of(int n) {
        return this == CHINESE ? ChineseNumerals.of(n) : Integer.toString(n);
    }
}

package org.reportcycle.bulletin;

/** A monthly bulletin comes from a reporting cycle; a special issue (专刊) is written by the office. */
public enum BulletinKind {
    MONTHLY,
    SPECIAL
}

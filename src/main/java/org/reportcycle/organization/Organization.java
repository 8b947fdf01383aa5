package org.reportcycle.organization;

/** The issuing organisation as printed on the bulletin; {@code signer} is the leader who signs it off. */
public record Organization(String name, String bulletinName, String editor, String phone, String signer) {}

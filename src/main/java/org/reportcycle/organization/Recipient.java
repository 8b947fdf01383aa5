package org.reportcycle.organization;

/** One entry of a distribution list: the name printed in the footer and where its email goes. */
public record Recipient(ListKind list, String name, String email) {

    /** 报 goes upward, 发 goes downward. */
    public enum ListKind {
        REPORT("报"),
        DISTRIBUTE("发");

        private final String label;

        ListKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

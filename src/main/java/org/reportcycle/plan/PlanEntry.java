package org.reportcycle.plan;

import java.util.List;

/** One planned task as a department writes it: title, 责任领导 (a username), 责任部室 (codes), 完成时限. */
public record PlanEntry(String title, String responsibleLeader, List<String> departments, String deadline) {

    public PlanEntry {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}

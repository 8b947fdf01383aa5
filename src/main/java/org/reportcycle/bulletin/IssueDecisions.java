package org.reportcycle.bulletin;

import org.springframework.stereotype.Component;

/** Read by the issue process's expressions: the signer's decision, which the bulletin row records. */
@Component("issueDecisions")
public class IssueDecisions {

    private final BulletinCompiler compiler;

    IssueDecisions(BulletinCompiler compiler) {
        this.compiler = compiler;
    }

    public boolean approved(String key) {
        return compiler.status(key) == BulletinStatus.APPROVED;
    }
}

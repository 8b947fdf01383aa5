package org.reportcycle.support;

import org.springframework.test.context.TestPropertySource;

/**
 * A {@link CycleTestBase} on the organisation of the reference documents (荆州市总工会,
 * {@code src/test/resources/golden/organization.yml}) instead of the demo one, in a context and database of its
 * own. Its users follow the demo naming ({@code office}, heads named after their department's code), so
 * {@link CycleDriver} works unchanged up to sign-off; the signer there is {@code guan.qingjun}, not the demo one.
 */
@TestPropertySource(properties = "reportcycle.organization.file=" + SeedOrganizationTestBase.ORGANIZATION_FILE)
public abstract class SeedOrganizationTestBase extends CycleTestBase {

    /** Relative to the project directory, where Maven runs the tests. */
    public static final String ORGANIZATION_FILE = "src/test/resources/golden/organization.yml";
}

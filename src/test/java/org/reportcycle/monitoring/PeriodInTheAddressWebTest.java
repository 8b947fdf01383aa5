package org.reportcycle.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.reportcycle.integration.WebTestBase;

/**
 * A period in an address is read as a {@code ReportingPeriod} before the controller runs: a month that does not
 * exist is refused with the period's own message, one without a cycle is not found.
 */
class PeriodInTheAddressWebTest extends WebTestBase {

    @Test
    void aMonthThatDoesNotExistIsRefusedNamingThePeriod() throws Exception {
        mvc.perform(get("/api/cycles/2026-13").with(httpBasic("office", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.errors[0].message").value("「2026-13」不是有效的月份，应为 年-月，如 2026-11。"));
    }

    @Test
    void aMonthWithoutACycleIsNotFound() throws Exception {
        mvc.perform(get("/api/cycles/1999-01").with(httpBasic("office", "demo")))
                .andExpect(status().isNotFound());
    }
}

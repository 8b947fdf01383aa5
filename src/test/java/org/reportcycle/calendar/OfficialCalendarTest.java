package org.reportcycle.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.ApplicationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The calendar seeded from config/calendar equals the official notices for every day of 2017–2026. The notices
 * are read from the holiday-cn reference data ({@code ../shared/reference/holiday-cn} from the project root, or
 * the directory in the system property {@code reportcycle.holiday-reference}); a day it lists is off or worked
 * as it says, any other day is a working day from Monday to Friday.
 */
class OfficialCalendarTest extends ApplicationTestBase {

    static final String REFERENCE = "reportcycle.holiday-reference";
    static final String REQUIRE = "reportcycle.require-holiday-reference";

    @Autowired
    WorkingDays workingDays;

    @Test
    void everyDayOf2017To2026IsAsTheOfficialNoticesSay() throws IOException {
        Map<LocalDate, Boolean> official = officialDays();
        List<String> differences = new ArrayList<>();
        int days = 0;
        for (LocalDate day = LocalDate.of(2017, 1, 1); day.getYear() <= 2026; day = day.plusDays(1)) {
            Boolean listed = official.get(day);
            boolean expected = listed != null
                    ? listed
                    : day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (workingDays.isWorkingDay(day) != expected) {
                differences.add(day + " should be " + (expected ? "a working day" : "a day off"));
            }
            days++;
        }
        assertThat(days).isEqualTo(3652);
        assertThat(official).hasSizeGreaterThan(300);
        assertThat(differences).isEmpty();
        for (int year = 2017; year <= 2026; year++) {
            assertThat(workingDays.hasData(year)).as("data for %d", year).isTrue();
        }
    }

    /**
     * Every listed day of the reference: true if worked (调休), false if off. Without the reference directory the
     * test is skipped with a message, unless {@code -Dreportcycle.require-holiday-reference=true} (set by
     * .ci/run) makes it fail, so that CI never passes without comparing.
     */
    static Map<LocalDate, Boolean> officialDays() throws IOException {
        Path directory = Path.of(System.getProperty(REFERENCE, "../shared/reference/holiday-cn"));
        boolean present = Files.isRegularFile(directory.resolve("2017.json"))
                && Files.isRegularFile(directory.resolve("2026.json"));
        if (!present && Boolean.getBoolean(REQUIRE)) {
            fail("The holiday reference " + directory.toAbsolutePath() + " is missing, and " + REQUIRE
                    + "=true requires it (set " + REFERENCE + " to its directory)");
        }
        assumeTrue(
                present,
                () -> "Skipped: the holiday reference " + directory.toAbsolutePath() + " is missing; set " + REFERENCE
                        + " to its directory (CI sets " + REQUIRE + "=true and fails)");
        ObjectMapper json = new ObjectMapper();
        Map<LocalDate, Boolean> days = new HashMap<>();
        for (int year = 2017; year <= 2026; year++) {
            JsonNode root = json.readTree(directory.resolve(year + ".json").toFile());
            for (JsonNode day : root.get("days")) {
                days.put(
                        LocalDate.parse(day.get("date").asText()),
                        !day.get("isOffDay").asBoolean());
            }
        }
        return days;
    }
}

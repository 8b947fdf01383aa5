package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.simple.JdbcClient;

class RecordRowsTest {

    enum Status {
        DRAFT,
        SUBMITTED
    }

    record Report(
            long id,
            ReportingPeriod period,
            String departmentCode,
            Status status,
            Instant submittedAt,
            Integer version,
            boolean late) {}

    record Missing(long id, String officeComment) {}

    /** Classes {@code query(X.class)} maps from a single column, without looking names up. */
    private static final List<String> SIMPLE =
            List.of("Long", "Integer", "String", "Boolean", "Instant", "LocalDate", "Timestamp", "BigDecimal");

    private JdbcClient jdbc;

    @BeforeEach
    void aTableWithSnakeCaseColumns() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:record-rows-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(h2);
        jdbc.sql("""
                CREATE TABLE report (id BIGINT, period VARCHAR(7), department_code VARCHAR(20), status VARCHAR(20),
                    submitted_at TIMESTAMP WITH TIME ZONE, version INT, late BOOLEAN)""").update();
        jdbc.sql("INSERT INTO report VALUES (1, '2026-11', 'ZZB', 'SUBMITTED', TIMESTAMP WITH TIME ZONE "
                        + "'2026-11-20 09:30:00+08:00', 3, TRUE), (2, '2026-10', 'XJB', 'DRAFT', NULL, NULL, NULL)")
                .update();
    }

    @Test
    void snakeCaseColumnsFillCamelCaseComponentsWithTheirTypes() {
        List<Report> reports = jdbc.sql("SELECT * FROM report ORDER BY id")
                .query(RecordRows.of(Report.class))
                .list();

        assertThat(reports)
                .containsExactly(
                        new Report(
                                1,
                                ReportingPeriod.of(2026, 11),
                                "ZZB",
                                Status.SUBMITTED,
                                Instant.parse("2026-11-20T01:30:00Z"),
                                3,
                                true),
                        new Report(2, ReportingPeriod.of(2026, 10), "XJB", Status.DRAFT, null, null, false));
    }

    @Test
    void columnsAreFoundFromTheMetadataAndReadAsTheDriverKnowsThem() {
        List<Report> reports = new ArrayList<>();
        jdbc.sql("SELECT * FROM report ORDER BY id").query(rs -> {
            ResultSet noLookups = withoutFindColumn(rs);
            RecordRows<Report> rows = RecordRows.of(Report.class);
            int row = 0;
            do {
                reports.add(rows.mapRow(noLookups, row++));
            } while (rs.next());
        });

        assertThat(reports).extracting(Report::departmentCode).containsExactly("ZZB", "XJB");
    }

    @Test
    void aComponentWithoutItsColumnIsNamedInTheError() {
        assertThatThrownBy(() -> jdbc.sql("SELECT id FROM report")
                        .query(RecordRows.of(Missing.class))
                        .list())
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasMessageContaining("Missing.officecomment");
    }

    @Test
    void onlyRecordsAreMapped() {
        assertThatThrownBy(() -> RecordRows.of(String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a record");
    }

    @Test
    void noQueryOfTheApplicationMapsARecordByItsClass() throws IOException {
        Pattern byClass = Pattern.compile(
                "\\.query\\(\\s*(?!(?:" + String.join("|", SIMPLE) + ")\\.class)([A-Z]\\w*)\\.class\\)");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = byClass.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(file.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(found).as("use .query(RecordRows.of(X.class)) for a record").isEmpty();
    }

    /**
     * The result set as the driver gives it, except that looking a column up by name, or asking for a type the
     * driver does not know (it throws, and Spring catches that for every value), fails the test.
     */
    private static ResultSet withoutFindColumn(ResultSet rs) {
        return (ResultSet) Proxy.newProxyInstance(
                RecordRowsTest.class.getClassLoader(), new Class<?>[] {ResultSet.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findColumn")) {
                        throw new AssertionError("findColumn(" + args[0] + ") was called");
                    }
                    if (method.getName().equals("getObject")
                            && args.length == 2
                            && args[1] instanceof Class<?> type
                            && (type.isEnum() || type == ReportingPeriod.class || type == Instant.class)) {
                        throw new AssertionError("getObject(" + args[0] + ", " + type.getSimpleName() + ")");
                    }
                    try {
                        return method.invoke(rs, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}

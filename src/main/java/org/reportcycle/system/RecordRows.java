package org.reportcycle.system;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps rows to a record by matching its components to the result's column labels once per query.
 *
 * <p>Spring's {@code SimplePropertyRowMapper} and {@code DataClassRowMapper} look each component up by its camelCase
 * name first and catch the driver's "column not found" for every row and component; H2 writes each of those
 * exceptions to its trace file under a global lock. This mapper reads the result's metadata instead, so a query
 * throws nothing. Map every record with {@code .query(RecordRows.of(Department.class))}; a test finds any other.
 */
public final class RecordRows<T> implements RowMapper<T> {

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
    private static final ConversionService CONVERSIONS = conversions();
    /** What JDBC 4.2 drivers (H2, PostgreSQL) return when asked for it by type. */
    private static final Set<Class<?>> NATIVE = Set.of(
            String.class,
            Boolean.class,
            Byte.class,
            Short.class,
            Integer.class,
            Long.class,
            Float.class,
            Double.class,
            BigDecimal.class,
            byte[].class,
            Timestamp.class,
            java.sql.Date.class,
            LocalDate.class,
            LocalTime.class,
            LocalDateTime.class,
            OffsetDateTime.class);

    private final Shape shape;
    private int[] columns;

    private RecordRows(Shape shape) {
        this.shape = shape;
    }

    /** A mapper for one query: it resolves the columns on its first row. */
    public static <T> RecordRows<T> of(Class<T> record) {
        return new RecordRows<>(SHAPES.computeIfAbsent(record, Shape::of));
    }

    /** Spring's default conversions, and the period's column ({@code 2026-11}) into a {@link ReportingPeriod}. */
    private static ConversionService conversions() {
        DefaultConversionService conversions = new DefaultConversionService();
        conversions.addConverter(String.class, ReportingPeriod.class, ReportingPeriod::parse);
        return conversions;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
        if (columns == null) {
            columns = shape.columnsIn(rs.getMetaData());
        }
        Object[] args = new Object[columns.length];
        for (int i = 0; i < args.length; i++) {
            TypeDescriptor type = shape.types[i];
            Object value = read(rs, columns[i], type.getType());
            // A SQL NULL stays null; instantiateClass gives a primitive component its default (false, 0).
            args[i] = value == null ? null : CONVERSIONS.convert(value, type);
        }
        return (T) BeanUtils.instantiateClass(shape.constructor, args);
    }

    /**
     * The column as the driver gives it natively; any other type (an enum, a period) is read untyped and converted,
     * for asking a driver for a type it does not know makes it throw, and Spring catches that per value.
     */
    private static Object read(ResultSet rs, int column, Class<?> type) throws SQLException {
        if (type == Instant.class) {
            Timestamp at = rs.getTimestamp(column);
            return at == null ? null : at.toInstant();
        }
        return NATIVE.contains(type) || type.isPrimitive()
                ? JdbcUtils.getResultSetValue(rs, column, type)
                : JdbcUtils.getResultSetValue(rs, column);
    }

    /** A record's canonical constructor with its components' names and types. */
    private record Shape(Class<?> record, Constructor<?> constructor, String[] names, TypeDescriptor[] types) {

        static Shape of(Class<?> record) {
            if (!record.isRecord()) {
                throw new IllegalArgumentException(record.getName() + " is not a record");
            }
            RecordComponent[] components = record.getRecordComponents();
            Class<?>[] raw = new Class<?>[components.length];
            String[] names = new String[components.length];
            TypeDescriptor[] types = new TypeDescriptor[components.length];
            for (int i = 0; i < components.length; i++) {
                raw[i] = components[i].getType();
                names[i] = normalized(components[i].getName());
                types[i] = new TypeDescriptor(new MethodParameter(components[i].getAccessor(), -1));
            }
            try {
                return new Shape(record, record.getDeclaredConstructor(raw), names, types);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(record.getName() + " has no canonical constructor", e);
            }
        }

        int[] columnsIn(ResultSetMetaData metaData) throws SQLException {
            Map<String, Integer> byName = new HashMap<>();
            for (int column = metaData.getColumnCount(); column >= 1; column--) {
                byName.put(normalized(JdbcUtils.lookupColumnName(metaData, column)), column);
            }
            int[] columns = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                Integer column = byName.get(names[i]);
                if (column == null) {
                    throw new InvalidDataAccessApiUsageException(
                            "no column for " + record.getSimpleName() + "." + names[i] + " in " + byName.keySet());
                }
                columns[i] = column;
            }
            return columns;
        }

        /** {@code officeComment}, {@code office_comment} and {@code OFFICE_COMMENT} are one name. */
        private static String normalized(String name) {
            return name.replace("_", "").toLowerCase(Locale.ROOT);
        }
    }
}

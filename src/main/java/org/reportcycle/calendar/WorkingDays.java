package org.reportcycle.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Working-day arithmetic on the calendar; WD0 is the last working day of a month, WD-3 three working days
 * before it. A day is a working day if the calendar lists it as a make-up workday (调休), else not if it lists
 * it as a holiday, else Monday to Friday. A year without data counts weekends only, with a warning in the log.
 * Years are read from the database once and kept; a change on this node forgets the year at once, a change on
 * another node is seen within a minute.
 */
@Service
public class WorkingDays {

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);
    private static final long REFRESH_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final CalendarStore store;
    private final Clock clock;
    private final Map<Integer, Year> years = new ConcurrentHashMap<>();
    /** A year as it would be, seen only by this thread while {@link #supposing} runs. */
    private final ThreadLocal<Map<Integer, Year>> supposed = ThreadLocal.withInitial(Map::of);

    WorkingDays(CalendarStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay listed = year(date.getYear()).listed().get(date);
        if (listed != null) {
            return listed.working();
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The name of the holiday or make-up workday on {@code date} (国庆节), empty for an ordinary day. */
    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).listed().get(date)).map(CalendarDay::name);
    }

    /** The last working day of the month, WD0. */
    public LocalDate lastWorkingDay(YearMonth month) {
        LocalDate day = month.atEndOfMonth();
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * Moves {@code n} working days from {@code from} (negative: earlier); from a day off, the first step lands
     * on the nearest working day in that direction.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        LocalDate day = from;
        int step = n < 0 ? -1 : 1;
        for (int left = Math.abs(n); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The working day at offset {@code n} from WD0 of {@code month}: {@code offset(m, -3)} is WD-3. */
    public LocalDate offset(YearMonth month, int n) {
        return addWorkingDays(lastWorkingDay(month), n);
    }

    /** Whether the year has calendar data (holidays and make-up workdays) in the database. */
    public boolean hasData(int year) {
        return year(year).hasData();
    }

    /** Of this year and next year (in Asia/Shanghai), those without calendar data: the office is warned. */
    public List<Integer> missingYears() {
        int now = LocalDate.now(clock).getYear();
        return Stream.of(now, now + 1).filter(y -> !hasData(y)).toList();
    }

    /**
     * Runs {@code work} as if {@code year} listed {@code days}, on this thread only: nothing is written, no other
     * thread sees it. What a calendar change would move is worked out so, before anything moves.
     */
    <T> T supposing(int year, List<CalendarDay> days, Supplier<T> work) {
        Map<LocalDate, CalendarDay> listed =
                days.stream().collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity()));
        supposed.set(Map.of(year, new Year(true, listed, System.nanoTime())));
        try {
            return work.get();
        } finally {
            supposed.remove();
        }
    }

    /** Forgets a year, so the next question reads it from the database again. */
    void forget(int year) {
        years.remove(year);
    }

    void forgetAll() {
        years.clear();
    }

    private Year year(int year) {
        Year supposedYear = supposed.get().get(year);
        if (supposedYear != null) {
            return supposedYear;
        }
        Year known = years.get(year);
        if (known == null || System.nanoTime() - known.loadedAt() > REFRESH_NANOS) {
            known = load(year);
            years.put(year, known);
        }
        return known;
    }

    private Year load(int year) {
        boolean hasData = store.source(year).isPresent();
        if (!hasData) {
            log.warn("No working-day calendar for {}: counting only Saturdays and Sundays as days off", year);
            return new Year(false, Map.of(), System.nanoTime());
        }
        Map<LocalDate, CalendarDay> listed = store.listed(year).stream()
                .collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity()));
        return new Year(true, listed, System.nanoTime());
    }

    private record Year(boolean hasData, Map<LocalDate, CalendarDay> listed, long loadedAt) {}
}

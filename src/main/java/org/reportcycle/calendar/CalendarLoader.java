package org.reportcycle.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the database from the calendar files at start-up, before the engine's jobs run. The database is the
 * master: a file is written only for a year the database does not have yet, so an administrator's later
 * change survives every restart. Every file is checked on every start; a broken one stops start-up.
 */
@Component
class CalendarLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CalendarLoader.class);

    private final CalendarSettings settings;
    private final CalendarStore store;
    private final WorkingDays workingDays;
    private final TransactionTemplate tx;
    private final Clock clock;

    CalendarLoader(
            CalendarSettings settings,
            CalendarStore store,
            WorkingDays workingDays,
            TransactionTemplate tx,
            Clock clock) {
        this.settings = settings;
        this.store = store;
        this.workingDays = workingDays;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Path directory = Path.of(settings.directory());
        if (!Files.isDirectory(directory)) {
            log.warn("No calendar directory {}: only years already in the database have holidays", directory);
            return;
        }
        List<CalendarFile> files = new ArrayList<>();
        for (Path path : ymlFiles(directory)) {
            files.add(CalendarFileParser.parse(path));
        }
        List<Integer> loaded = new ArrayList<>();
        for (CalendarFile file : files) {
            if (seed(file)) {
                loaded.add(file.year());
            }
        }
        workingDays.forgetAll();
        log.info(
                "Calendar files in {}: {} checked, seeded {}; years in the database: {}",
                directory,
                files.size(),
                loaded,
                store.years());
    }

    /** Writes the file's year unless the database has it (another node may have written it meanwhile). */
    private boolean seed(CalendarFile file) {
        try {
            return Boolean.TRUE.equals(tx.execute(s -> {
                if (store.source(file.year()).isPresent()) {
                    return false;
                }
                store.replace(
                        file.year(),
                        CalendarStore.SOURCE_FILE,
                        "file " + file.year() + ".yml",
                        clock.instant(),
                        file.days());
                return true;
            }));
        } catch (DuplicateKeyException e) {
            log.info("Calendar {} was seeded by another node", file.year());
            return false;
        }
    }

    private static List<Path> ymlFiles(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".yml") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CalendarFileException(directory.toString(), 0, "cannot be read: " + e.getMessage());
        }
    }
}

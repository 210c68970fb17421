package com.askpro.booking.application.admin;

import com.askpro.booking.application.port.DatabaseBackup;
import com.askpro.booking.domain.port.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Use case: an online backup of the embedded database, for the platform operator only; audited. */
public final class BackUpDatabase {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final DatabaseBackup backup;
    private final AuditLog audit;
    private final Clock clock;

    public BackUpDatabase(DatabaseBackup backup, AuditLog audit, Clock clock) {
        this.backup = backup;
        this.audit = audit;
        this.clock = clock;
    }

    public DatabaseBackup.Outcome run(Principal caller) {
        if (!caller.isPlatform()) {
            throw AdminException.forbidden("only the platform key may back up the database");
        }
        Instant now = clock.instant();
        DatabaseBackup.Outcome outcome = backup.backUp(STAMP.format(now));
        if (outcome instanceof DatabaseBackup.Outcome.Written written) {
            audit.record(new AuditLog.Entry(
                    null, caller.actor(), "database.backup", written.file(), written.bytes() + " bytes", now));
        }
        return outcome;
    }
}

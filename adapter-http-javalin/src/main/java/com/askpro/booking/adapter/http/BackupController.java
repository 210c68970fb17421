package com.askpro.booking.adapter.http;

import com.askpro.booking.application.admin.Authenticate;
import com.askpro.booking.application.admin.BackUpDatabase;
import com.askpro.booking.application.admin.Principal;
import com.askpro.booking.application.port.DatabaseBackup;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /admin/backup} with the platform key: an online backup of the embedded database into
 * {@code ASKPRO_DATA_DIR/backups/} (200 with the file and its size); 409 on PostgreSQL, which is
 * backed up with {@code pg_dump}; 401 without the platform key.
 */
public final class BackupController implements HttpServer.Routes {

    public static final String PATH = "/admin/backup";

    private final Authenticate authenticate;
    private final BackUpDatabase backUp;

    public BackupController(Authenticate authenticate, BackUpDatabase backUp) {
        this.authenticate = authenticate;
        this.backUp = backUp;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post(PATH, this::backup);
    }

    private void backup(Context ctx) {
        String header = ctx.header("Authorization");
        Optional<Principal> caller = header != null && header.startsWith("Bearer ")
                ? authenticate.authenticate(header.substring(7).strip())
                : Optional.empty();
        if (caller.isEmpty() || !caller.get().isPlatform()) {
            ctx.status(HttpStatus.UNAUTHORIZED)
                    .json(Map.of("error", "the platform key (ASKPRO_ADMIN_KEY) is required"));
            return;
        }
        DatabaseBackup.Outcome outcome = backUp.run(caller.get());
        if (outcome instanceof DatabaseBackup.Outcome.Written written) {
            ctx.json(Map.of("file", written.file(), "bytes", written.bytes()));
        } else {
            ctx.status(HttpStatus.CONFLICT)
                    .json(Map.of("error", ((DatabaseBackup.Outcome.ByItsOwnTools) outcome).how()));
        }
    }
}

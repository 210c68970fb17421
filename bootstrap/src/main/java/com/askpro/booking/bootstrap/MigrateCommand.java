package com.askpro.booking.bootstrap;

import com.askpro.booking.adapter.persistence.JdbiPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** {@code migrate}: applies the database migrations and exits (a deploy step before new instances start). */
@Command(name = "migrate", description = "Apply the database migrations (Flyway) and exit.")
final class MigrateCommand extends CliCommand {

    private static final Logger LOG = LoggerFactory.getLogger(MigrateCommand.class);

    @Override
    protected int run() {
        Config config = Config.fromEnvironment(cli().env());
        var persistence = Server.persistenceConfig(config);
        JdbiPersistence.migrateSchema(persistence);
        LOG.info("database migrated ({})", persistence.isPostgres() ? "PostgreSQL" : "embedded H2");
        return 0;
    }
}

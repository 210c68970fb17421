package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.askpro.booking.domain.tenant.Company;
import com.askpro.booking.domain.tenant.CompanyId;
import com.askpro.booking.domain.tenant.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests the configuration defaults and the embedded H2 file database they select. */
class PersistenceConfigTest {

    @Test
    void withoutAUrlTheEmbeddedH2FileDatabaseInTheDataDirIsUsed(@TempDir Path dataDir) {
        PersistenceConfig config = PersistenceConfig.embedded(dataDir.resolve("data"));

        assertThat(config.effectiveJdbcUrl())
                .isEqualTo(
                        "jdbc:h2:file:"
                                + dataDir.resolve("data").resolve("askpro").toAbsolutePath()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=5000;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(config.isPostgres()).isFalse();
        assertThat(config.effectivePoolSize()).isEqualTo(Runtime.getRuntime().availableProcessors() * 2 + 1);
    }

    @Test
    void aCustomH2UrlIsMadeDurableUnlessItSetsItsOwnWriteDelay() {
        assertThat(new PersistenceConfig("jdbc:h2:file:/tmp/x;MODE=PostgreSQL", null, null, 0, null).effectiveJdbcUrl())
                .isEqualTo("jdbc:h2:file:/tmp/x;MODE=PostgreSQL;WRITE_DELAY=0");
        assertThat(new PersistenceConfig("jdbc:h2:file:/tmp/x;write_delay=100", null, null, 0, null).effectiveJdbcUrl())
                .isEqualTo("jdbc:h2:file:/tmp/x;write_delay=100");
    }

    @Test
    void aPostgresUrlSelectsPostgresAndThePoolSizeIsConfigurable() {
        PersistenceConfig config =
                new PersistenceConfig("jdbc:postgresql://db/askpro?password=secret", "askpro", "pw", 7, null);

        assertThat(config.isPostgres()).isTrue();
        assertThat(config.effectivePoolSize()).isEqualTo(7);
        assertThat(config.toString()).doesNotContain("secret", "pw");
    }

    @Test
    void theFileDatabaseKeepsItsDataAcrossRestarts(@TempDir Path dataDir) {
        Company company =
                Company.create(CompanyId.newId(), "Persistent", "DE", ZoneId.of("Europe/Berlin"), Language.DE);
        try (JdbiPersistence first = JdbiPersistence.start(PersistenceConfig.embedded(dataDir), TestDatabase.KEYS)) {
            first.companies().add(company);
        }
        try (JdbiPersistence second = JdbiPersistence.start(PersistenceConfig.embedded(dataDir), TestDatabase.KEYS)) {
            assertThat(second.isPostgres()).isFalse();
            assertThat(second.companies().find(company.id())).contains(company);
        }
        assertThat(Files.exists(dataDir.resolve("askpro.mv.db"))).isTrue();
    }
}

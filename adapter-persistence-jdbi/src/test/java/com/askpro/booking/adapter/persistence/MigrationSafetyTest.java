package com.askpro.booking.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, zero-downtime deploys: every migration is an expand step — the previous release keeps
 * working on the migrated database while instances roll — unless it is listed as a contract step
 * in {@code db/contract-steps.txt} (docs/operations.md, "Zero-downtime deploys").
 */
class MigrationSafetyTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path CONTRACT_STEPS = Path.of("src/main/resources/db/contract-steps.txt");

    @Test
    void givenEveryMigrationWhenCheckedThenOnlyListedContractStepsDropRenameOrNarrow() throws IOException {
        Set<String> contract = Files.readAllLines(CONTRACT_STEPS).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+")[0])
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(MIGRATIONS)) {
            files = walk.filter(f -> f.getFileName().toString().matches("V.+__.+\\.sql"))
                    .sorted()
                    .toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        for (Path file : files) {
            String version = file.getFileName().toString().split("__")[0];
            List<MigrationSafety.Finding> findings =
                    MigrationSafety.check(MIGRATIONS.relativize(file).toString(), Files.readString(file));
            if (!findings.isEmpty() && !contract.contains(version)) {
                findings.forEach(f -> problems.add(f.toString()));
            }
        }
        assertThat(problems)
                .as("migrations that break the previous release during a rolling deploy: make them "
                        + "expand/contract (add the new shape now, remove the old one in a later release) or, for the contract "
                        + "step itself, list the version in " + CONTRACT_STEPS)
                .isEmpty();
    }

    @Test
    void givenDestructiveStatementsWhenCheckedThenEachIsFound() {
        assertThat(MigrationSafety.check("x.sql", "ALTER TABLE calls DROP COLUMN summary;"))
                .hasSize(1);
        assertThat(MigrationSafety.check("x.sql", "ALTER TABLE calls DROP summary;"))
                .hasSize(1);
        assertThat(MigrationSafety.check("x.sql", "DROP TABLE audit_log;")).hasSize(1);
        assertThat(MigrationSafety.check("x.sql", "ALTER TABLE audit_log RENAME TO audit_events;"))
                .hasSize(1);
        assertThat(MigrationSafety.check("x.sql", "ALTER TABLE calls RENAME COLUMN summary TO recap;"))
                .hasSize(1);
        assertThat(MigrationSafety.check(
                        "x.sql", "ALTER TABLE customers\n  ALTER COLUMN phone SET DATA TYPE varchar(200);"))
                .hasSize(1);
        assertThat(MigrationSafety.check("x.sql", "ALTER TABLE customers ALTER COLUMN phone TYPE text;"))
                .hasSize(1);
        assertThat(MigrationSafety.check("x.sql", "ALTER TABLE customers DROP CONSTRAINT customers_company_phone_uq;"))
                .hasSize(1);
        assertThat(MigrationSafety.check("x.sql", "ALTER TABLE calls ALTER COLUMN summary SET NOT NULL;"))
                .hasSize(1);
        assertThat(MigrationSafety.check("x.sql", "ALTER TABLE companies ADD COLUMN tier varchar(10) NOT NULL;"))
                .hasSize(1);
        assertThat(MigrationSafety.check(
                        "V9__x.sql", "-- harmless\nCREATE TABLE a (id int);\nALTER TABLE a DROP COLUMN id;"))
                .singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(3));
    }

    @Test
    void givenExpandOnlyStatementsWhenCheckedThenNothingIsFound() {
        assertThat(MigrationSafety.check("x.sql", """
                -- a comment that says DROP TABLE and RENAME
                CREATE TABLE notes (id uuid NOT NULL PRIMARY KEY, body text NOT NULL);
                CREATE INDEX notes_idx ON notes (id);
                ALTER TABLE companies ADD COLUMN retention_days integer NOT NULL DEFAULT 90;
                ALTER TABLE webhook_events ADD COLUMN lease_owner varchar(100);
                ALTER TABLE webhook_events ADD CONSTRAINT lease_ck CHECK (lease_owner IS NOT NULL OR true);
                ALTER TABLE calls ALTER COLUMN summary DROP NOT NULL;
                ALTER TABLE calls ALTER COLUMN summary DROP DEFAULT;
                """)).isEmpty();
    }
}

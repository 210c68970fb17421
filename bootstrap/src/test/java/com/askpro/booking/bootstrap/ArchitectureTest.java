package com.askpro.booking.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The hexagon's dependency rules, checked on the compiled classes of every module. The Maven
 * module graph already forbids most wrong arrows; this also catches the ones Maven cannot see
 * (a transitive library type used in the domain, an adapter reaching into another).
 */
@AnalyzeClasses(packages = "com.askpro.booking", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String DOMAIN = "com.askpro.booking.domain..";
    static final String APPLICATION = "com.askpro.booking.application..";
    static final String ADAPTERS = "com.askpro.booking.adapter..";
    static final String BOOTSTRAP = "com.askpro.booking.bootstrap..";

    static final String[] INFRASTRUCTURE = {
        "io.javalin..",
        "org.eclipse.jetty..",
        "org.jdbi..",
        "okhttp3..",
        "java.sql..",
        "javax.sql..",
        "com.fasterxml..",
        "redis.clients..",
        "dev.failsafe..",
        "com.zaxxer..",
        "org.flywaydb..",
        "org.h2..",
        "org.postgresql..",
        "com.github.kagkarlsson..",
        "io.micrometer..",
        "org.slf4j..",
        "ch.qos.logback..",
        "io.modelcontextprotocol..",
        "reactor..",
        "jakarta.servlet.."
    };

    @ArchTest
    static final ArchRule domainAndApplicationUseNoInfrastructure = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN, APPLICATION)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(INFRASTRUCTURE)
            .because(
                    "the domain and the use cases must run with no framework, database, network or clock of their own");

    @ArchTest
    static final ArchRule domainDependsOnNothingOutward = noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(APPLICATION, ADAPTERS, BOOTSTRAP);

    @ArchTest
    static final ArchRule applicationDependsOnlyOnDomain = noClasses()
            .that()
            .resideInAPackage(APPLICATION)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ADAPTERS, BOOTSTRAP)
            .allowEmptyShould(true);

    /** Classes whose package or simple name says "retell", in any case. */
    static final DescribedPredicate<JavaClass> NAMED_AFTER_RETELL = DescribedPredicate.describe(
            "named after Retell (package or simple name)",
            c -> c.getPackageName().toLowerCase(Locale.ROOT).contains("retell")
                    || c.getSimpleName().toLowerCase(Locale.ROOT).contains("retell"));

    @ArchTest
    static final ArchRule applicationHasNoTypeOfRetell = noClasses()
            .that()
            .resideInAPackage(APPLICATION)
            .should(ArchConditions.be(NAMED_AFTER_RETELL))
            .orShould()
            .dependOnClassesThat(NAMED_AFTER_RETELL)
            .because(
                    "Retell's protocol, words and provisioning client live in adapter-retell; the use cases speak booking");

    @ArchTest
    static final ArchRule adaptersDoNotKnowEachOther = SlicesRuleDefinition.slices()
            .matching("com.askpro.booking.adapter.(*)..")
            .should()
            .notDependOnEachOther()
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyTheMcpAdapterSpeaksMcp = noClasses()
            .that()
            .resideOutsideOfPackage("com.askpro.booking.adapter.mcp..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.modelcontextprotocol..")
            .because("the MCP protocol is one inbound adapter (adapter-mcp); the rest of the system speaks booking");

    @ArchTest
    static final ArchRule nothingDependsOnTheCompositionRoot = noClasses()
            .that()
            .resideOutsideOfPackage(BOOTSTRAP)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(BOOTSTRAP);

    @ArchTest
    static final ArchRule domainHasNoClockOfItsOwn = noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .callMethod(java.time.Instant.class, "now")
            .orShould()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(java.time.LocalDateTime.class, "now")
            .orShould()
            .callMethod(java.time.ZonedDateTime.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .because("time comes from an injected java.time.Clock");

    /** The JDK's readers of process-wide settings: system properties and environment variables. */
    static final Set<String> PROCESS_SETTING_READERS = Set.of(
            "java.lang.System.getProperty",
            "java.lang.System.getProperties",
            "java.lang.System.getenv",
            "java.lang.Integer.getInteger",
            "java.lang.Long.getLong",
            "java.lang.Boolean.getBoolean");

    static final DescribedPredicate<JavaAccess<?>> READS_A_PROCESS_SETTING = DescribedPredicate.describe(
            "a system property or an environment variable (System.getProperty/getenv, Integer.getInteger, ...)",
            access -> PROCESS_SETTING_READERS.contains(access.getTargetOwner().getName() + "." + access.getName()));

    /**
     * Issue 14: a composition root a newcomer reads top to bottom, no system property outside
     * {@link Config}. {@code Config} reads the environment once ({@code Config.processEnvironment()});
     * its records ({@link RetellProvisioningConfig}, {@link ClusterConfig}, {@link PrivacyConfig},
     * {@link NotificationConfig}) and {@link Tuning} are built from the map or by hand and read nothing.
     * Calls and method references ({@code System::getenv}) both count.
     */
    @ArchTest
    static final ArchRule onlyConfigReadsSystemPropertiesOrTheEnvironment = noClasses()
            .that()
            .doNotBelongToAnyOf(Config.class)
            .should()
            .accessTargetWhere(READS_A_PROCESS_SETTING)
            .because("operators configure the server through Config (environment variables, docs/operations.md)"
                    + " and tests tune it through Tuning; a setting read anywhere else is invisible to both");

    /** The names of the port methods that write (a prefix, then nothing or a capitalized rest). */
    static final String WRITE_METHOD = "(add|update|replace|remove|revoke|set|store|save|tryAcquire)([A-Z].*)?";

    /**
     * Issue 14: one way of answering writes across all ports. A write whose result can differ answers
     * {@code WriteOutcome} (see its javadoc for the writes that stay void); neither an empty
     * {@code Optional} nor {@code false} says which of the outcomes happened.
     */
    @ArchTest
    static final ArchRule portWritesAnswerWriteOutcome = methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("com.askpro.booking.domain.port")
            .and()
            .areDeclaredInClassesThat()
            .areInterfaces()
            .and()
            .haveNameMatching(WRITE_METHOD)
            .should()
            .notHaveRawReturnType(Optional.class)
            .andShould()
            .notHaveRawReturnType(boolean.class)
            .andShould()
            .notHaveRawReturnType(Boolean.class)
            .because("a write of a port answers WriteOutcome (NotFound, AlreadyExists, Busy, ...), not an Optional"
                    + " or a boolean that cannot say which outcome it was (WriteOutcome's javadoc)");
}

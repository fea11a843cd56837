package kumo.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kumo.adapters.cli.archfixture.CliBuildsAService;
import kumo.adapters.cli.archfixture.CliBuildsTheCatalogue;
import kumo.adapters.cli.archfixture.CliCommandFixture;
import kumo.adapters.cli.archfixture.CliUsesWeb;
import kumo.adapters.persistence.archfixture.PersistenceFixture;
import kumo.adapters.web.archfixture.WebBuildsRecordsServices;
import kumo.adapters.web.archfixture.WebUsesApplication;
import kumo.adapters.web.archfixture.WebUsesCompositionRoot;
import kumo.adapters.web.archfixture.WebUsesPersistence;
import kumo.app.architecture.fixtures.CompositionRootFixture;
import kumo.application.archfixture.ApplicationMemberWithHibernateAnnotation;
import kumo.application.archfixture.ApplicationReadsMillis;
import kumo.application.archfixture.ApplicationReadsTheClock;
import kumo.application.archfixture.ApplicationUsesCliAdapter;
import kumo.application.archfixture.ApplicationUsesJavalin;
import kumo.application.archfixture.ApplicationUsesJooq;
import kumo.application.archfixture.ApplicationUsesPicocli;
import kumo.application.archfixture.CompliantApplicationClock;
import kumo.application.archfixture.CompliantApplicationDocument;
import kumo.domain.archfixture.CompliantDomainValue;
import kumo.domain.archfixture.DomainAnnotatedWithJackson;
import kumo.domain.archfixture.DomainLogs;
import kumo.domain.archfixture.DomainPrints;
import kumo.domain.archfixture.DomainReadsTheClock;
import kumo.domain.archfixture.DomainMemberWithValidation;
import kumo.domain.archfixture.DomainUsesApplication;
import kumo.domain.archfixture.DomainUsesJackson;
import kumo.domain.archfixture.DomainUsesJdbc;
import kumo.domain.archfixture.DomainUsesSystemLogger;
import kumo.domain.archfixture.DomainUsesTheSystemClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proof that every rule in {@link ArchitectureRules} can fail: the same rule objects that
 * guard the production classes are evaluated against test-only fixtures placed inside the
 * packages the rules cover (kumo.domain.archfixture, kumo.application.archfixture, …).
 * Each violating fixture must be reported; the compliant ones must pass every rule.
 */
class ArchitectureRulesCanFailTest {

    private static final List<Class<?>> COMPLIANT = List.of(
            CompliantDomainValue.class,
            CompliantApplicationDocument.class,
            WebUsesApplication.class,
            PersistenceFixture.class,
            CliCommandFixture.class,
            CompliantApplicationClock.class,
            CompositionRootFixture.class);

    static Stream<Arguments> violations() {
        return Stream.of(
                // (a) rings and module matrix
                violation("HEXAGON", ArchitectureRules.HEXAGON, DomainUsesApplication.class),
                violation("HEXAGON", ArchitectureRules.HEXAGON, ApplicationUsesCliAdapter.class),
                violation("HEXAGON", ArchitectureRules.HEXAGON, WebUsesPersistence.class),
                violation("HEXAGON", ArchitectureRules.HEXAGON, CliUsesWeb.class),
                violation("MODULES", ArchitectureRules.MODULES, DomainUsesApplication.class),
                violation("MODULES", ArchitectureRules.MODULES, ApplicationUsesCliAdapter.class),
                violation("MODULES", ArchitectureRules.MODULES, WebUsesPersistence.class),
                violation("MODULES", ArchitectureRules.MODULES, CliUsesWeb.class),
                violation("MODULES", ArchitectureRules.MODULES, WebUsesCompositionRoot.class),
                // (b) domain is JDK only
                violation("DOMAIN_DEPENDS_ON_JDK_ONLY", ArchitectureRules.DOMAIN_DEPENDS_ON_JDK_ONLY,
                        DomainUsesJackson.class),
                violation("DOMAIN_DEPENDS_ON_JDK_ONLY", ArchitectureRules.DOMAIN_DEPENDS_ON_JDK_ONLY,
                        DomainAnnotatedWithJackson.class),
                violation("DOMAIN_DEPENDS_ON_JDK_ONLY", ArchitectureRules.DOMAIN_DEPENDS_ON_JDK_ONLY,
                        DomainMemberWithValidation.class),
                // (c) no frameworks in the core
                violation("CORE_IS_FRAMEWORK_FREE", ArchitectureRules.CORE_IS_FRAMEWORK_FREE,
                        ApplicationUsesJavalin.class),
                violation("CORE_IS_FRAMEWORK_FREE", ArchitectureRules.CORE_IS_FRAMEWORK_FREE,
                        ApplicationUsesJooq.class),
                violation("CORE_IS_FRAMEWORK_FREE", ArchitectureRules.CORE_IS_FRAMEWORK_FREE,
                        ApplicationUsesPicocli.class),
                violation("CORE_IS_FRAMEWORK_FREE", ArchitectureRules.CORE_IS_FRAMEWORK_FREE,
                        DomainUsesJdbc.class),
                // (d) annotations
                violation("DOMAIN_CLASSES_HAVE_NO_FOREIGN_ANNOTATIONS",
                        ArchitectureRules.DOMAIN_CLASSES_HAVE_NO_FOREIGN_ANNOTATIONS,
                        DomainAnnotatedWithJackson.class),
                violation("DOMAIN_MEMBERS_HAVE_NO_FOREIGN_ANNOTATIONS",
                        ArchitectureRules.DOMAIN_MEMBERS_HAVE_NO_FOREIGN_ANNOTATIONS,
                        DomainMemberWithValidation.class),
                violation("APPLICATION_CLASSES_HAVE_NO_FOREIGN_ANNOTATIONS",
                        ArchitectureRules.APPLICATION_CLASSES_HAVE_NO_FOREIGN_ANNOTATIONS,
                        ApplicationUsesPicocli.class),
                violation("APPLICATION_MEMBERS_HAVE_NO_FOREIGN_ANNOTATIONS",
                        ArchitectureRules.APPLICATION_MEMBERS_HAVE_NO_FOREIGN_ANNOTATIONS,
                        ApplicationMemberWithHibernateAnnotation.class),
                // (e) adapters use ports, not services
                violation("ADAPTERS_USE_PORTS_NOT_SERVICES", ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES,
                        CliBuildsAService.class),
                violation("ADAPTERS_USE_PORTS_NOT_SERVICES", ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES,
                        CliBuildsTheCatalogue.class),
                violation("ADAPTERS_USE_PORTS_NOT_SERVICES", ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES,
                        WebBuildsRecordsServices.class),
                // (f) no system clock in the core
                violation("CORE_NEVER_READS_THE_SYSTEM_CLOCK", ArchitectureRules.CORE_NEVER_READS_THE_SYSTEM_CLOCK,
                        DomainReadsTheClock.class),
                violation("CORE_NEVER_READS_THE_SYSTEM_CLOCK", ArchitectureRules.CORE_NEVER_READS_THE_SYSTEM_CLOCK,
                        DomainUsesTheSystemClock.class),
                violation("CORE_NEVER_READS_THE_SYSTEM_CLOCK", ArchitectureRules.CORE_NEVER_READS_THE_SYSTEM_CLOCK,
                        ApplicationReadsTheClock.class),
                violation("CORE_NEVER_READS_THE_SYSTEM_CLOCK", ArchitectureRules.CORE_NEVER_READS_THE_SYSTEM_CLOCK,
                        ApplicationReadsMillis.class),
                // (g) the domain never logs
                violation("DOMAIN_NEVER_LOGS", ArchitectureRules.DOMAIN_NEVER_LOGS, DomainLogs.class),
                violation("DOMAIN_NEVER_LOGS", ArchitectureRules.DOMAIN_NEVER_LOGS, DomainUsesSystemLogger.class),
                violation("DOMAIN_NEVER_LOGS", ArchitectureRules.DOMAIN_NEVER_LOGS, DomainPrints.class));
    }

    static Stream<Arguments> allRules() {
        return Stream.of(
                Arguments.of("HEXAGON", ArchitectureRules.HEXAGON),
                Arguments.of("MODULES", ArchitectureRules.MODULES),
                Arguments.of("DOMAIN_DEPENDS_ON_JDK_ONLY", ArchitectureRules.DOMAIN_DEPENDS_ON_JDK_ONLY),
                Arguments.of("CORE_IS_FRAMEWORK_FREE", ArchitectureRules.CORE_IS_FRAMEWORK_FREE),
                Arguments.of("DOMAIN_CLASSES_HAVE_NO_FOREIGN_ANNOTATIONS",
                        ArchitectureRules.DOMAIN_CLASSES_HAVE_NO_FOREIGN_ANNOTATIONS),
                Arguments.of("DOMAIN_MEMBERS_HAVE_NO_FOREIGN_ANNOTATIONS",
                        ArchitectureRules.DOMAIN_MEMBERS_HAVE_NO_FOREIGN_ANNOTATIONS),
                Arguments.of("APPLICATION_CLASSES_HAVE_NO_FOREIGN_ANNOTATIONS",
                        ArchitectureRules.APPLICATION_CLASSES_HAVE_NO_FOREIGN_ANNOTATIONS),
                Arguments.of("APPLICATION_MEMBERS_HAVE_NO_FOREIGN_ANNOTATIONS",
                        ArchitectureRules.APPLICATION_MEMBERS_HAVE_NO_FOREIGN_ANNOTATIONS),
                Arguments.of("ADAPTERS_USE_PORTS_NOT_SERVICES", ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES),
                Arguments.of("CORE_NEVER_READS_THE_SYSTEM_CLOCK", ArchitectureRules.CORE_NEVER_READS_THE_SYSTEM_CLOCK),
                Arguments.of("DOMAIN_NEVER_LOGS", ArchitectureRules.DOMAIN_NEVER_LOGS));
    }

    @ParameterizedTest(name = "{0} reports {2}")
    @MethodSource("violations")
    void ruleFailsOnViolatingFixture(String ruleName, ArchRule rule, Class<?> fixture) {
        EvaluationResult result = rule.evaluate(withItsKumoDependencies(fixture));

        assertThat(result.hasViolation()).as("%s must fail on %s", ruleName, fixture.getSimpleName()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(fixture.getName());
    }

    @ParameterizedTest(name = "{0} accepts the compliant fixtures")
    @MethodSource("allRules")
    void rulePassesOnCompliantFixtures(String ruleName, ArchRule rule) {
        EvaluationResult result = rule.evaluate(imported(COMPLIANT));

        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    private static Arguments violation(String ruleName, ArchRule rule, Class<?> fixture) {
        return Arguments.of(ruleName, rule, fixture);
    }

    private static JavaClasses imported(List<Class<?>> classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    /**
     * The fixture plus the kumo classes it depends on. Both ends must be imported: the onion
     * rule checks "may only be accessed by", i.e. from the side of the class being used, so a
     * lone fixture whose target was not imported would pass it unnoticed.
     */
    private static JavaClasses withItsKumoDependencies(Class<?> fixture) {
        List<Class<?>> classes = new ArrayList<>(List.of(fixture));
        imported(List.of(fixture)).get(fixture).getDirectDependenciesFromSelf().stream()
                .map(dependency -> dependency.getTargetClass().getBaseComponentType())
                .filter(target -> target.getPackageName().startsWith("kumo."))
                .map(JavaClass::reflect)
                .filter(target -> !classes.contains(target))
                .forEach(classes::add);
        return imported(classes);
    }
}

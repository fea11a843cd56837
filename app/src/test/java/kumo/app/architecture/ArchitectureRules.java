package kumo.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The dependency rules of docs/architecture, as ArchUnit rule objects. They are applied to
 * the production classes by {@link ArchitectureTest} and to deliberately violating fixtures
 * by {@link ArchitectureRulesCanFailTest}, so each rule is known to be able to fail.
 */
final class ArchitectureRules {

    static final String DOMAIN = "kumo.domain..";
    static final String APPLICATION = "kumo.application..";
    static final String WEB = "kumo.adapters.web..";
    static final String PERSISTENCE = "kumo.adapters.persistence..";
    static final String CLI = "kumo.adapters.cli..";
    static final String APP = "kumo.app..";

    private ArchitectureRules() {
    }

    /** (a) The hexagon, ArchUnit's built-in shape; the composition root is outside it. */
    static final ArchRule HEXAGON = onionArchitecture()
            .domainModels(DOMAIN)
            .applicationServices(APPLICATION)
            .adapter("web", WEB)
            .adapter("persistence", PERSISTENCE)
            .adapter("cli", CLI)
            // no "domain services" ring in kumo: the domain is one ring
            .withOptionalLayers(true)
            // the composition root wires everything: its own dependencies are not checked here
            .ignoreDependency(resideInAPackage(APP), alwaysTrue())
            .because("domain depends on nothing of ours, application only on domain, "
                    + "each adapter only on application/domain and never on another adapter");

    /** (a) The module matrix, including who may see the adapters and the composition root. */
    static final ArchRule MODULES = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Domain").definedBy(DOMAIN)
            .layer("Application").definedBy(APPLICATION)
            .layer("Web").definedBy(WEB)
            .layer("Persistence").definedBy(PERSISTENCE)
            .layer("Cli").definedBy(CLI)
            .layer("App").definedBy(APP)
            .whereLayer("Domain").mayNotAccessAnyLayer()
            .whereLayer("Application").mayOnlyAccessLayers("Domain")
            .whereLayer("Web").mayOnlyAccessLayers("Application", "Domain")
            .whereLayer("Persistence").mayOnlyAccessLayers("Application", "Domain")
            .whereLayer("Cli").mayOnlyAccessLayers("Application", "Domain")
            .whereLayer("Web").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .because("only the composition root (kumo.app) sees the adapters");

    /** (b) The domain is JDK only: no Jackson, no jakarta, no org.* at all. */
    static final ArchRule DOMAIN_DEPENDS_ON_JDK_ONLY = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .because("the domain depends on the JDK only");

    /** (c) Framework types never cross into the core. */
    static final ArchRule CORE_IS_FRAMEWORK_FREE = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..",
                    "org.jooq..", "java.sql..", "javax.sql..", "org.flywaydb..",
                    "org.sqlite..", "org.postgresql..",
                    "picocli..",
                    "org.hibernate..", "org.slf4j..")
            .because("no io.javalin, org.jooq, java.sql or picocli in domain or application");

    /**
     * (e) Adapters use the application through its ports: use-case interfaces, outgoing-port interfaces and the
     * documents. They never depend on a service implementation (a class of the application that implements a
     * use case, or anything in a {@code service} package) nor build the catalogue: the composition root
     * builds those and hands the adapters the interfaces.
     */
    static final ArchRule ADAPTERS_USE_PORTS_NOT_SERVICES = noClasses()
            .that().resideInAnyPackage(WEB, PERSISTENCE, CLI)
            .should().dependOnClassesThat(serviceImplementation())
            .orShould().dependOnClassesThat().resideInAPackage("kumo.domain.rules..")
            .because("only the composition root (kumo.app) builds services and the catalogue; "
                    + "adapters receive use-case interfaces");

    /**
     * (f) The core never reads the system clock: "today" and "now" come from the {@link Clock} the composition
     * root passes in (whose zone is the configured one), or from the caller as a value.
     */
    static final ArchRule CORE_NEVER_READS_THE_SYSTEM_CLOCK = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().callMethodWhere(readsTheSystemClock())
            .because("the assessment date is an input and the clock is injected: evaluation must not depend on "
                    + "when or where it runs");

    /** (g) The domain never logs nor prints: a business "no" is a value, everything else is the caller's to say. */
    static final ArchRule DOMAIN_NEVER_LOGS = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.slf4j..",
                    "org.apache.logging..", "org.apache.commons.logging..", "org.jboss.logging..", "ch.qos.logback..")
            .orShould().dependOnClassesThat().belongToAnyOf(System.Logger.class, System.LoggerFinder.class)
            .orShould().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("the domain is pure: no logging, no console");

    /** A class of the application that implements a use case, or any class of a {@code service} package. */
    private static DescribedPredicate<JavaClass> serviceImplementation() {
        return DescribedPredicate.describe("are service implementations of the application",
                c -> c.getPackageName().startsWith("kumo.application.")
                        && (c.getPackageName().endsWith(".service") || c.getPackageName().contains(".service.")
                        || !c.isInterface() && c.getAllRawInterfaces().stream().anyMatch(ArchitectureRules::isUseCase)));
    }

    private static boolean isUseCase(JavaClass type) {
        return type.getPackageName().startsWith("kumo.application.")
                && (type.getSimpleName().endsWith("UseCase") || type.getPackageName().contains(".port.in"));
    }

    /** The JDK's ways to read the system clock; {@code now(Clock)} and {@code Clock} parameters are fine. */
    private static final Set<String> CLOCK_TYPES = Set.of("java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.Instant", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        return DescribedPredicate.describe("read the system clock (LocalDate.now(), Instant.now(), Clock.system*, "
                + "System.currentTimeMillis() …)", call -> {
                    String owner = call.getTarget().getOwner().getFullName();
                    String name = call.getTarget().getName();
                    boolean takesClock = call.getTarget().getRawParameterTypes().stream()
                            .anyMatch(t -> t.isEquivalentTo(Clock.class));
                    return CLOCK_TYPES.contains(owner) && name.equals("now") && !takesClock
                            || owner.equals("java.time.Clock") && name.startsWith("system")
                            || owner.equals("java.lang.System") && name.equals("currentTimeMillis");
                });
    }

    private static final List<String> DOMAIN_ANNOTATION_PACKAGES = List.of("java.", "kumo.domain.");

    private static final List<String> APPLICATION_ANNOTATION_PACKAGES = List.of(
            "java.", "kumo.domain.", "kumo.application.",
            "jakarta.validation.",
            "com.fasterxml.jackson.annotation.", "com.fasterxml.jackson.databind.annotation.");

    /** (d) Domain classes and their members carry JDK or domain annotations only. */
    static final ArchRule DOMAIN_CLASSES_HAVE_NO_FOREIGN_ANNOTATIONS = classes()
            .that().resideInAPackage(DOMAIN)
            .should().notBeAnnotatedWith(annotationOutside(DOMAIN_ANNOTATION_PACKAGES));

    static final ArchRule DOMAIN_MEMBERS_HAVE_NO_FOREIGN_ANNOTATIONS = members()
            .that().areDeclaredInClassesThat().resideInAPackage(DOMAIN)
            .should().notBeAnnotatedWith(annotationOutside(DOMAIN_ANNOTATION_PACKAGES));

    /** (d) Application annotations: JDK, ours, Bean Validation and Jackson annotations only. */
    static final ArchRule APPLICATION_CLASSES_HAVE_NO_FOREIGN_ANNOTATIONS = classes()
            .that().resideInAPackage(APPLICATION)
            .should().notBeAnnotatedWith(annotationOutside(APPLICATION_ANNOTATION_PACKAGES));

    static final ArchRule APPLICATION_MEMBERS_HAVE_NO_FOREIGN_ANNOTATIONS = members()
            .that().areDeclaredInClassesThat().resideInAPackage(APPLICATION)
            .should().notBeAnnotatedWith(annotationOutside(APPLICATION_ANNOTATION_PACKAGES));

    private static DescribedPredicate<JavaAnnotation<?>> annotationOutside(List<String> allowedPrefixes) {
        return DescribedPredicate.describe(
                "an annotation from outside " + allowedPrefixes,
                annotation -> allowedPrefixes.stream()
                        .noneMatch(prefix -> annotation.getRawType().getName().startsWith(prefix)));
    }
}

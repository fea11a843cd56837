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
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

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

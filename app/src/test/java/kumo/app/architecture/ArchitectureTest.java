package kumo.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of docs/architecture, applied to every production class of kumo. */
@AnalyzeClasses(packages = "kumo", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule hexagon = ArchitectureRules.HEXAGON;

    @ArchTest
    static final ArchRule modules = ArchitectureRules.MODULES;

    @ArchTest
    static final ArchRule domainDependsOnJdkOnly = ArchitectureRules.DOMAIN_DEPENDS_ON_JDK_ONLY;

    @ArchTest
    static final ArchRule coreIsFrameworkFree = ArchitectureRules.CORE_IS_FRAMEWORK_FREE;

    @ArchTest
    static final ArchRule domainClassesHaveNoForeignAnnotations =
            ArchitectureRules.DOMAIN_CLASSES_HAVE_NO_FOREIGN_ANNOTATIONS;

    @ArchTest
    static final ArchRule domainMembersHaveNoForeignAnnotations =
            ArchitectureRules.DOMAIN_MEMBERS_HAVE_NO_FOREIGN_ANNOTATIONS;

    @ArchTest
    static final ArchRule applicationClassesHaveNoForeignAnnotations =
            ArchitectureRules.APPLICATION_CLASSES_HAVE_NO_FOREIGN_ANNOTATIONS;

    @ArchTest
    static final ArchRule applicationMembersHaveNoForeignAnnotations =
            ArchitectureRules.APPLICATION_MEMBERS_HAVE_NO_FOREIGN_ANNOTATIONS;

    @ArchTest
    static final ArchRule adaptersUsePortsNotServices = ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES;

    @ArchTest
    static final ArchRule coreNeverReadsTheSystemClock = ArchitectureRules.CORE_NEVER_READS_THE_SYSTEM_CLOCK;

    @ArchTest
    static final ArchRule domainNeverLogs = ArchitectureRules.DOMAIN_NEVER_LOGS;
}

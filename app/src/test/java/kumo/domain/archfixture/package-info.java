/**
 * Test-only fixtures (compiled in app's test sources, never shipped) that sit inside the
 * {@code kumo.domain} package tree so the architecture rules cover them. Each class named
 * {@code *Uses*} / {@code *With*} breaks exactly the rule its name says;
 * {@code Compliant*} classes break none. See ArchitectureRulesCanFailTest.
 */
package kumo.domain.archfixture;

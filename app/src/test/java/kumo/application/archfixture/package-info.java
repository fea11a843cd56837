/** Test-only fixtures inside the {@code kumo.application} tree; see kumo.domain.archfixture. */
package kumo.application.archfixture;

/**
 * The assessment request document ({@code "kumo": "assessment-request/1"}): records that mirror the
 * domain's {@code SystemProfile}, {@code CloudServiceProfile} and {@code UsagePlan} field for field,
 * with the same JSON names as the record components, carrying the Jackson and Bean Validation
 * annotations the domain may not carry, and a {@code toDomain()} mapper each. An absent or
 * {@code null} value means "not yet known", never "no".
 */
package kumo.application.document.request;

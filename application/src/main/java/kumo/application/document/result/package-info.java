/**
 * The assessment result document ({@code "kumo": "assessment-result/1"}): a self-contained,
 * bilingual explanation of one assessment — verdict, findings with the facts and reasons behind
 * them, exemptions, risk register and next actions — built from the domain's {@code Assessment} by
 * {@link kumo.application.document.result.AssessmentResultDocument#from}.
 */
package kumo.application.document.result;

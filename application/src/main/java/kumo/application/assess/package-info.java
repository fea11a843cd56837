/** The quick-assessment use case: one request document in, one result document out. */
package kumo.application.assess;

/** Bean Validation constraints of the interchange documents that the standard constraints cannot express. */
package kumo.application.document.validation;

/**
 * Web adapter: the Javalin JSON API and the static web UI over it.
 * Depends on {@code kumo.application} (and through it {@code kumo.domain}) and Javalin only;
 * never on another adapter. Placeholder until the first endpoint lands.
 */
package kumo.adapters.web;

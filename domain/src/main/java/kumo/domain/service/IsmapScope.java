package kumo.domain.service;

/**
 * What an ISMAP registration covers, as far as this service is concerned (request format 2).
 * THIS_SERVICE: the service being assessed is itself on the list. UNDERLYING_PLATFORM: the registration
 * is of the platform the service runs on (e.g. a SaaS on a listed IaaS); the service itself is not
 * listed, so it is neither the §4(7) exemption nor the service's own cloud security certification.
 */
public enum IsmapScope {
    THIS_SERVICE, UNDERLYING_PLATFORM
}

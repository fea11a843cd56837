package kumo.domain.service;

/**
 * Deployment category. The policy does not define "public cloud"; this is kumo's reading
 * (policy-model §4): PUBLIC_CLOUD is a provider's service on shared infrastructure for many
 * customers, including IaaS/PaaS on which the city builds its own service; LGWAN_ASP is a service
 * offered to local governments over LGWAN after J-LIS review; PRIVATE is infrastructure the city
 * owns or exclusively controls.
 */
public enum Deployment {
    PUBLIC_CLOUD, LGWAN_ASP, PRIVATE
}

package kumo.domain.service;

public enum ServiceModel {
    IAAS, PAAS, SAAS
}

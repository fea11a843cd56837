package kumo.domain.catalogue;

import java.util.function.Function;

import kumo.domain.service.Capability;
import kumo.domain.service.CloudServiceProfile;
import kumo.domain.service.DataLocations;

/**
 * A service capability that mitigates a §3 risk (policy-model §7, "capability that mitigates"), and
 * how it is read from the service profile: TRUE offered, FALSE not offered, {@code null} unknown. Four
 * are read from facts the profile already holds for the requirements (data location, Japanese support,
 * standard formats); the others from the profile's declared {@link Capability} map.
 * {@link Capability#DOS_PROTECTION} has no constant here: it mitigates nothing (R01 is decided by its
 * check). {@code risks.tsv} names these constants; the catalogue load rejects any other name.
 */
public enum MitigatingCapability {

    /** R02: federation with the city's ID management. */
    ID_FEDERATION(s -> s.capability(Capability.ID_FEDERATION)),
    /** R03: access-point / source-address restriction. */
    ACCESS_POINT_RESTRICTION(s -> s.capability(Capability.ACCESS_POINT_RESTRICTION)),
    /** R04: configurable roles and permissions. */
    CUSTOM_ROLES(s -> s.capability(Capability.CUSTOM_ROLES)),
    /** R05: high data compatibility. */
    DATA_COMPATIBILITY(s -> s.capability(Capability.DATA_COMPATIBILITY)),
    /** R06: incident and event levels agreed in the contract. */
    INCIDENT_LEVELS_AGREED(s -> s.capability(Capability.INCIDENT_LEVELS_AGREED)),
    /** R10: every data location known and in Japan (the LAW-01 fact). */
    DATA_IN_JAPAN(s -> MitigatingCapability.inJapan(s.dataLocations())),
    /** R12: reception in Japanese on Japanese business days and hours (the SUP-01 fact). */
    JAPANESE_SUPPORT(s -> s.support().japaneseReceptionWeekdays()),
    /** R15: status and usage information provided. */
    STATUS_INFORMATION(s -> s.capability(Capability.STATUS_INFORMATION)),
    /** R17: SLA-based recovery notice. */
    RECOVERY_NOTICE(s -> s.capability(Capability.RECOVERY_NOTICE)),
    /** R18: the provider monitors logs and responds. */
    LOG_MONITORING(s -> s.capability(Capability.LOG_MONITORING)),
    /** R19: TLS and encryption inside the provider's network. */
    INTERNAL_ENCRYPTION(s -> s.capability(Capability.INTERNAL_ENCRYPTION)),
    /** R21: control of use from mobile phones and smartphones. */
    MOBILE_CONTROL(s -> s.capability(Capability.MOBILE_CONTROL)),
    /** R23: the provider's residual-data handling disclosed. */
    RESIDUAL_DATA_HANDLING(s -> s.capability(Capability.RESIDUAL_DATA_HANDLING)),
    /** R24: general-purpose execution environment. */
    GENERAL_RUNTIME(s -> s.capability(Capability.GENERAL_RUNTIME)),
    /** R25: agreement on charges caused by attacks. */
    EDOS_AGREEMENT(s -> s.capability(Capability.EDOS_AGREEMENT)),
    /** R27: standardised data formats and interfaces (the EXIT-04 fact). */
    STANDARD_INTERFACES(s -> s.continuity().standardFormats()),
    /** R29: where the data is can be determined: the running data's countries and the backups' are known. */
    DATA_LOCATION_KNOWN(s -> MitigatingCapability.locationKnown(s.dataLocations()));

    private final Function<CloudServiceProfile, Boolean> read;

    MitigatingCapability(Function<CloudServiceProfile, Boolean> read) {
        this.read = read;
    }

    /** TRUE the service offers it, FALSE it does not, {@code null} unknown. */
    public Boolean offeredBy(CloudServiceProfile service) {
        return read.apply(service);
    }

    // the two readings of the data locations, kept together
    private static Boolean inJapan(DataLocations d) {
        return d.allInJapan();
    }

    private static Boolean locationKnown(DataLocations d) {
        return d.countries() != null && !d.countries().isEmpty() && d.backupCountries() != null ? Boolean.TRUE : null;
    }
}

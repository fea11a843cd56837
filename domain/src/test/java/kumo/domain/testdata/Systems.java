package kumo.domain.testdata;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kumo.domain.classification.Availability;
import kumo.domain.classification.ClassificationScheme;
import kumo.domain.classification.Confidentiality;
import kumo.domain.classification.HandlingRestriction;
import kumo.domain.classification.InformationClassification;
import kumo.domain.classification.Integrity;
import kumo.domain.system.PreparationItem;
import kumo.domain.system.Purpose;
import kumo.domain.system.ServiceKind;
import kumo.domain.system.Steadiness;
import kumo.domain.system.SystemProfile;
import kumo.domain.system.Users;
import kumo.domain.system.Workload;

/**
 * Builds a {@link SystemProfile}. {@link #aSystem()} starts with every fact unknown;
 * {@link #aCompleteC2System()} starts from a fully prepared 機密性2 staff system. Each setter replaces
 * one fact; {@code null} makes it unknown again.
 */
public final class Systems {

    private String name;
    private String department;
    private Users users;
    private String userDetails;
    private Boolean internetBased;
    private ServiceKind serviceKind;
    private List<String> integrations;
    private String serviceHours;
    private Double toleratedOutageHours;
    private Double toleratedDataLossHours;
    private Boolean disasterRecoveryNeeded;
    private Steadiness steadiness;
    private String workloadTotal;
    private String workloadPerUnitTime;
    private String workloadTrend;
    private ClassificationScheme scheme;
    private Confidentiality confidentiality;
    private Integrity integrity;
    private Availability availability;
    private Set<HandlingRestriction> handlingRestrictions;
    private Boolean myNumber;
    private Boolean personalData;
    private Purpose purpose;
    private Boolean mobileDevicesUsed;
    private Boolean runsLicensedSoftware;
    private final Map<PreparationItem, String> notDeterminable = new EnumMap<>(PreparationItem.class);

    private Systems() {
    }

    /** Every fact unknown. */
    public static Systems aSystem() {
        return new Systems();
    }

    /**
     * A staff-facing business system with 機密性2 / 完全性2 / 可用性2 personal information, no My Number,
     * no handling restrictions, tolerated outage 24 h and data loss 24 h, general purpose, every
     * preparation item of §4(1) answered.
     */
    public static Systems aCompleteC2System() {
        return aSystem()
                .name("住民相談記録システム")
                .department("市民局")
                .users(Users.STAFF)
                .userDetails("区役所の相談窓口職員")
                .internetBased(false)
                .serviceKind(ServiceKind.SPECIFIC_BUSINESS)
                .integrations("文書管理システム")
                .serviceHours("平日 8:45-17:30")
                .toleratedOutageHours(24.0)
                .toleratedDataLossHours(24.0)
                .disasterRecoveryNeeded(true)
                .steadiness(Steadiness.STEADY)
                .workload("年間 12,000 件", "ピーク時 50 件/時", "年度末に増加")
                .confidentiality(Confidentiality.C2)
                .integrity(Integrity.I2)
                .availability(Availability.A2)
                .noHandlingRestrictions()
                .myNumber(false)
                .personalData(true)
                .purpose(Purpose.GENERAL)
                .mobileDevicesUsed(false)
                .runsLicensedSoftware(false);
    }

    public Systems name(String value) {
        this.name = value;
        return this;
    }

    public Systems department(String value) {
        this.department = value;
        return this;
    }

    public Systems users(Users value) {
        this.users = value;
        return this;
    }

    public Systems userDetails(String value) {
        this.userDetails = value;
        return this;
    }

    public Systems internetBased(Boolean value) {
        this.internetBased = value;
        return this;
    }

    public Systems serviceKind(ServiceKind value) {
        this.serviceKind = value;
        return this;
    }

    /** The integrations with other services and systems; no argument means "none", {@link #integrationsUnknown()} unknown. */
    public Systems integrations(String... values) {
        this.integrations = List.of(values);
        return this;
    }

    public Systems integrationsUnknown() {
        this.integrations = null;
        return this;
    }

    public Systems serviceHours(String value) {
        this.serviceHours = value;
        return this;
    }

    /** 障害発生時の復旧許容時間, hours. */
    public Systems toleratedOutageHours(Double value) {
        this.toleratedOutageHours = value;
        return this;
    }

    /** How much recent data may be lost, hours (compared with the RPO). */
    public Systems toleratedDataLossHours(Double value) {
        this.toleratedDataLossHours = value;
        return this;
    }

    public Systems disasterRecoveryNeeded(Boolean value) {
        this.disasterRecoveryNeeded = value;
        return this;
    }

    public Systems steadiness(Steadiness value) {
        this.steadiness = value;
        return this;
    }

    public Systems workload(String total, String perUnitTime, String trendAndPeaks) {
        this.workloadTotal = total;
        this.workloadPerUnitTime = perUnitTime;
        this.workloadTrend = trendAndPeaks;
        return this;
    }

    /** The scheme the confidentiality is expressed in; {@code null} is the 2020 three-level scheme. */
    public Systems scheme(ClassificationScheme value) {
        this.scheme = value;
        return this;
    }

    /** A level of the 2024 five-level scheme (自治体機密性 1, 2, 3C, 3B, 3A). */
    public Systems fiveLevelConfidentiality(Confidentiality value) {
        this.scheme = ClassificationScheme.FIVE_LEVEL_2024;
        this.confidentiality = value;
        return this;
    }

    public Systems confidentiality(Confidentiality value) {
        this.confidentiality = value;
        return this;
    }

    public Systems integrity(Integrity value) {
        this.integrity = value;
        return this;
    }

    public Systems availability(Availability value) {
        this.availability = value;
        return this;
    }

    public Systems handlingRestrictions(HandlingRestriction... values) {
        this.handlingRestrictions = values.length == 0 ? Set.of() : EnumSet.of(values[0], values);
        return this;
    }

    /** Checked: the information carries no handling restriction. */
    public Systems noHandlingRestrictions() {
        this.handlingRestrictions = Set.of();
        return this;
    }

    public Systems handlingRestrictionsUnknown() {
        this.handlingRestrictions = null;
        return this;
    }

    public Systems myNumber(Boolean value) {
        this.myNumber = value;
        return this;
    }

    public Systems personalData(Boolean value) {
        this.personalData = value;
        return this;
    }

    /** Forgets the whole classification (C/I/A, restrictions, My Number, personal data). */
    public Systems classificationUnknown() {
        this.scheme = null;
        this.confidentiality = null;
        this.integrity = null;
        this.availability = null;
        this.handlingRestrictions = null;
        this.myNumber = null;
        this.personalData = null;
        return this;
    }

    public Systems purpose(Purpose value) {
        this.purpose = value;
        return this;
    }

    public Systems mobileDevicesUsed(Boolean value) {
        this.mobileDevicesUsed = value;
        return this;
    }

    public Systems runsLicensedSoftware(Boolean value) {
        this.runsLicensedSoftware = value;
        return this;
    }

    /** The department marked the item "not determinable", with the reason (PROC-01). */
    public Systems notDeterminable(PreparationItem item, String reason) {
        this.notDeterminable.put(item, reason);
        return this;
    }

    /** Makes one §4(1) preparation item unanswered (for the classification: the integrity class). */
    public Systems unanswered(PreparationItem item) {
        switch (item) {
            case USERS -> users = null;
            case INTERNET_BASED -> internetBased = null;
            case SERVICE_KIND -> serviceKind = null;
            case INTEGRATIONS -> integrations = null;
            case SERVICE_HOURS -> serviceHours = null;
            case TOLERATED_OUTAGE -> toleratedOutageHours = null;
            case DISASTER_RECOVERY -> disasterRecoveryNeeded = null;
            case STEADINESS -> steadiness = null;
            case WORKLOAD_TOTAL -> workloadTotal = null;
            case WORKLOAD_PER_UNIT_TIME -> workloadPerUnitTime = null;
            case WORKLOAD_TREND -> workloadTrend = null;
            case CLASSIFICATION -> integrity = null;
        }
        return this;
    }

    public InformationClassification buildClassification() {
        return new InformationClassification(scheme, confidentiality, integrity, availability, handlingRestrictions,
                myNumber, personalData);
    }

    public SystemProfile build() {
        return new SystemProfile(name, department, users, userDetails, internetBased, serviceKind, integrations,
                serviceHours, toleratedOutageHours, toleratedDataLossHours, disasterRecoveryNeeded, steadiness,
                new Workload(workloadTotal, workloadPerUnitTime, workloadTrend), buildClassification(), purpose,
                mobileDevicesUsed, runsLicensedSoftware, notDeterminable);
    }
}

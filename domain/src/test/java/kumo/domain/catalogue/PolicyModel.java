package kumo.domain.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of {@code shared/docs/policy-model.md} (§5 catalogue, §6 exemptions, §7 risk register),
 * copied by hand: that page is the specification the catalogue data is checked against. Do not derive
 * anything here from the catalogue.
 */
final class PolicyModel {

    private PolicyModel() {
    }

    /** One §5 row: kind, level, and whether the level column states a condition ("when …"). */
    record Row(Kind kind, Level level, boolean conditional) {
    }

    private static final Kind S = Kind.SERVICE;
    private static final Kind C = Kind.CITY;
    private static final Level P = Level.PROHIBITION;
    private static final Level M = Level.MANDATORY;
    private static final Level R = Level.RECOMMENDED;

    /** §5, in the page's order. */
    static final Map<String, Row> REQUIREMENTS = new LinkedHashMap<>();

    static {
        // Entrustment (§2ア, §4(3))
        row("ENT-01", S, P, true);
        row("ENT-02", S, P, true);
        row("ENT-03", C, M, false);
        row("ENT-04", C, M, false);
        // Foreign law and location
        row("LAW-01", S, M, false);
        row("LAW-02", S, R, false);
        row("LAW-03", S, M, false);
        row("LAW-04", S, R, false);
        row("LAW-05", S, R, false);
        row("LAW-06", C, M, false);
        // Continuity and exit
        row("EXIT-01", S, M, false);
        row("EXIT-02", S, M, false);
        row("EXIT-03", S, M, false);
        row("EXIT-04", S, R, false);
        row("EXIT-05", C, R, false);
        row("EXIT-06", C, M, false);
        row("EXIT-07", S, R, false);
        row("EXIT-08", S, R, false);
        row("EXIT-09", S, R, false);
        // Security requirements in the contract
        row("SEC-01", S, M, false);
        row("SEC-02", S, R, false);
        row("SEC-03", S, M, false);
        row("SEC-04", C, M, false);
        row("SEC-05", S, M, false);
        row("SEC-06", S, M, false);
        row("SEC-07", S, M, false);
        row("SEC-08", S, M, false);
        row("SEC-09", S, M, false);
        row("SEC-10", S, R, false);
        row("SEC-11", S, R, false);
        row("SEC-12", S, R, false);
        row("SEC-13", C, M, false);
        row("SEC-14", C, M, false);
        // Network and keys
        row("NET-01", S, M, false);
        row("NET-02", C, M, true);
        row("KEY-01", C, M, true);
        // Assurance
        row("ASR-01", S, M, false);
        row("ASR-02", S, R, false);
        row("ASR-03", S, R, false);
        row("ASR-04", C, M, false);
        row("ASR-05", C, M, false);
        row("ASR-06", S, M, true);
        row("ASR-07", C, M, false);
        row("ASR-08", S, M, false);
        row("ASR-09", S, R, false);
        row("ASR-10", C, M, false);
        row("ASR-11", C, M, false);
        // Procedure
        row("PROC-01", C, M, false);
        row("PROC-02", C, M, false);
        row("PROC-03", C, M, false);
        row("PROC-04", C, M, true);
        row("PROC-05", C, M, true);
        // Support
        row("SUP-01", S, R, false);
        row("SUP-02", S, R, false);
        row("SUP-03", S, R, false);
        row("SUP-04", S, R, false);
    }

    private static void row(String id, Kind kind, Level level, boolean conditional) {
        REQUIREMENTS.put(id, new Row(kind, level, conditional));
    }

    /** §5 "dev": the example-list items of §2ウ and §2エ. */
    static final Set<String> DEVIABLE = Set.of("EXIT-01", "EXIT-02", "EXIT-03",
            "SEC-01", "SEC-03", "SEC-04", "SEC-05", "SEC-06", "SEC-07", "SEC-08", "SEC-09");

    /** §5 "§5": the 別紙 items that condition EXM-VIDEO (also listed in §6). */
    static final Set<String> SECTION5 = Set.of("LAW-01", "LAW-02", "LAW-03", "LAW-04", "LAW-05",
            "EXIT-02", "EXIT-07", "EXIT-09", "SEC-02", "SEC-05", "SEC-08", "SEC-10", "SEC-11", "SEC-12", "ASR-02");

    /** §5 and §6: never exempt. */
    static final Set<String> NEVER_EXEMPT = Set.of("LAW-06", "SEC-14", "ASR-10", "ASR-11");

    /**
     * Rows the page marks "(interp.)", plus the readings of errors in the original (§6b: SEC-06, ASR-07,
     * SEC-09) and the deployment reading that ENT-01 rests on (§4 "to be shown as such"). The catalogue
     * may mark more rows as interpretations, never fewer.
     */
    static final Set<String> AT_LEAST_INTERPRETATION = Set.of("ENT-01", "EXIT-01", "EXIT-09", "SEC-06", "SEC-07",
            "SEC-09", "NET-02", "ASR-01", "ASR-07", "ASR-09", "PROC-02", "PROC-03");

    /** §6b: the garbled phrase of the original each reading must quote, per ID. */
    static final Map<String, String> ERROR_READINGS = Map.of(
            "SEC-06", "BPO",
            "ASR-07", "含まれてしまう",
            "R01", "クラウド事業者管理者",
            "R14", "利用者の減額",
            "SEC-09", "必要な情報を講じた");

    /** §6: exemption → the requirement IDs it makes EXEMPT. */
    static final Map<String, Set<String>> EXEMPTIONS = new LinkedHashMap<>();

    static {
        EXEMPTIONS.put("EXM-LGWAN", Set.of("LAW-01", "LAW-03", "ASR-01", "ASR-08", "PROC-02", "PROC-03"));
        EXEMPTIONS.put("EXM-VIDEO", Set.of("PROC-02", "PROC-03"));
        EXEMPTIONS.put("EXM-ISMAP", Set.of("LAW-01", "LAW-03", "ASR-01", "ASR-08", "PROC-02", "PROC-03"));
    }

    /** One §7 row: applicability, whether a mitigating capability exists, CHECK first, the policy's alternative. */
    record Risk(Applicability appliesWhen, boolean capability, boolean checkFirst, Alternative alternative) {
    }

    /** §7, R01..R29. */
    static final Map<String, Risk> RISKS = new LinkedHashMap<>();

    static {
        Applicability a = Applicability.ALWAYS;
        risk("R01", a, false, true, Alternative.ACCEPT); // "— (the city cannot counter it; provider's protection confirmed)"
        risk("R02", a, true, false, Alternative.ACCEPT);
        risk("R03", a, true, false, Alternative.ACCEPT);
        risk("R04", a, true, false, Alternative.ACCEPT);
        risk("R05", Applicability.PROVIDES_APPLICATION, true, false, Alternative.ACCEPT);
        risk("R06", a, true, false, Alternative.ACCEPT);
        risk("R07", a, false, true, Alternative.ACCEPT);
        risk("R08", Applicability.INFORMATIONAL, false, false, Alternative.NONE);
        risk("R09", a, false, false, Alternative.TRANSFER_OR_ACCEPT);
        risk("R10", a, true, false, Alternative.ACCEPT);
        risk("R11", a, false, false, Alternative.TRANSFER_OR_ACCEPT);
        risk("R12", Applicability.FOREIGN_SERVICE, true, false, Alternative.ACCEPT);
        risk("R13", Applicability.SHARED_DEPLOYMENT, false, true, Alternative.ACCEPT);
        risk("R14", a, false, false, Alternative.TRANSFER_OR_ACCEPT);
        risk("R15", a, true, false, Alternative.ACCEPT);
        // the model's capability column says "licences confirmed for cloud use": that is the city's own
        // re-check, which §3(16) asks for and which is the decision, not a capability of the service
        risk("R16", Applicability.LICENSED_SOFTWARE, false, true, Alternative.CHECK_IS_DECISION);
        risk("R17", Applicability.CITIZEN_FACING, true, false, Alternative.ALTERNATIVE_OR_ACCEPT);
        risk("R18", a, true, false, Alternative.ACCEPT);
        risk("R19", a, true, false, Alternative.ACCEPT);
        risk("R20", a, false, false, Alternative.TRANSFER_OR_ACCEPT);
        risk("R21", Applicability.MOBILE_ACCESS, true, false, Alternative.ACCEPT);
        risk("R22", a, false, true, Alternative.CHECK_IS_DECISION);
        risk("R23", a, true, false, Alternative.ACCEPT);
        risk("R24", Applicability.RESTRICTED_RUNTIME, true, false, Alternative.ACCEPT);
        risk("R25", Applicability.USAGE_BILLING, true, false, Alternative.AGREE_OR_ACCEPT);
        risk("R26", a, false, false, Alternative.TRANSFER_OR_ACCEPT);
        risk("R27", a, true, false, Alternative.ACCEPT);
        risk("R28", a, false, false, Alternative.TRANSFER_OR_ACCEPT);
        risk("R29", a, true, false, Alternative.ACCEPT);
    }

    private static void risk(String id, Applicability when, boolean capability, boolean check, Alternative alternative) {
        RISKS.put(id, new Risk(when, capability, check, alternative));
    }

    /** §7 "A risk decision never changes a requirement's finding": the links the page names. */
    static final Map<String, List<String>> RISK_LINKS_AT_LEAST = Map.of(
            "R08", List.of("SEC-01", "SEC-09"),
            "R10", List.of("LAW-01"),
            "R19", List.of("NET-01", "SEC-07"));
}

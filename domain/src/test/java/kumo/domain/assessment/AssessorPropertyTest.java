package kumo.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.ExemptionDefinition;
import kumo.domain.catalogue.FactUsed;
import kumo.domain.catalogue.Kind;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Level;
import kumo.domain.catalogue.Message;
import kumo.domain.catalogue.Requirement;
import kumo.domain.catalogue.RiskDefinition;
import kumo.domain.catalogue.Status;
import kumo.domain.catalogue.Texts;
import kumo.domain.classification.Confidentiality;
import kumo.domain.plan.Decision;
import kumo.domain.plan.Deviation;
import kumo.domain.plan.RiskDecision;
import kumo.domain.plan.Treatment;
import kumo.domain.plan.UsagePlan;
import kumo.domain.rules.v1.CatalogueV1;
import kumo.domain.service.CloudServiceProfile;
import kumo.domain.service.Deployment;
import kumo.domain.service.IsmapList;
import kumo.domain.service.ServiceModel;
import kumo.domain.system.Purpose;
import kumo.domain.system.SystemProfile;
import kumo.domain.system.Users;

/**
 * Properties of the engine over thousands of random (system, service, plan, date) cases from a seeded
 * generator. A failure names its seed: rerun one case with {@code -Dkumo.seed=<seed> -Dkumo.cases=1}.
 * The verdict is checked against an independent reading of policy-model §4 written here, not against
 * {@link VerdictPolicy}.
 */
class AssessorPropertyTest {

    private static final long SEED = Long.getLong("kumo.seed", 20200316L);
    private static final int CASES = Integer.getInteger("kumo.cases", 2500);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private final Catalogue catalogue = CatalogueV1.catalogue();
    private final Assessor assessor = new Assessor(catalogue);
    private final List<String> requirementIds = catalogue.requirements().stream().map(Requirement::id).toList();

    /** Cases and their assessments are generated once and shared by the properties (the engine is pure). */
    private static final Map<String, RandomInputs.Case> CASE_CACHE = new ConcurrentHashMap<>();
    private static final Map<RandomInputs.Case, Assessment> ASSESSMENT_CACHE = Collections.synchronizedMap(new IdentityHashMap<>());

    private void forAllCases(int cases, boolean atStrings, Consumer<RandomInputs.Case> property) {
        for (int i = 0; i < cases; i++) {
            long seed = SEED + i;
            RandomInputs.Case c = CASE_CACHE.computeIfAbsent(seed + "/" + atStrings,
                    k -> RandomInputs.generate(seed, requirementIds, atStrings));
            try {
                property.accept(c);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed for seed " + seed + " (rerun: mvn -pl domain test "
                        + "-Dtest=AssessorPropertyTest -Dkumo.seed=" + seed + " -Dkumo.cases=1)\n" + e + "\n" + c, e);
            }
        }
    }

    private Assessment assess(RandomInputs.Case c) {
        return ASSESSMENT_CACHE.computeIfAbsent(c, x -> assessAgain(x));
    }

    private Assessment assessAgain(RandomInputs.Case c) {
        return assessor.assess(c.system(), c.service(), c.plan(), c.date());
    }

    // ------------------------------------------------------------------ the properties

    @Test
    void theEngineNeverThrowsAndGivesOneFindingPerRequirementAndOneEntryPerRisk() {
        List<String> riskIds = catalogue.risks().stream().map(RiskDefinition::id).toList();
        List<String> exemptionIds = catalogue.exemptions().stream().map(ExemptionDefinition::id).toList();
        forAllCases(CASES, true, c -> {
            Assessment a = assess(c);
            assertThat(a.findings().stream().map(Finding::id).toList()).as("findings").containsExactlyElementsOf(requirementIds);
            assertThat(a.risks().stream().map(RiskEntry::id).toList()).as("register").containsExactlyElementsOf(riskIds);
            assertThat(a.exemptions().stream().map(ExemptionResult::id).toList()).as("exemptions").containsExactlyElementsOf(exemptionIds);
            assertThat(a.catalogueVersion()).isEqualTo(catalogue.version());
            assertThat(a.assessmentDate()).isEqualTo(c.date());
            assertThat(a.verdict()).isNotNull();
            a.findings().forEach(f -> assertThat(f.status()).as(f.id()).isNotNull());
            a.risks().forEach(r -> assertThat(r.state()).as(r.id()).isNotNull());
        });
    }

    @Test
    void theGeneratorReachesEveryVerdictStatusRiskStateAndExemptionState() {
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        Set<RiskState> states = EnumSet.noneOf(RiskState.class);
        Set<String> exemptionStates = new java.util.TreeSet<>();
        forAllCases(CASES, true, c -> {
            Assessment a = assess(c);
            verdicts.add(a.verdict());
            a.findings().forEach(f -> statuses.add(f.status()));
            a.risks().forEach(r -> states.add(r.state()));
            a.exemptions().forEach(e -> exemptionStates.add(e.id() + " " + e.state()));
        });
        assertThat(verdicts).as("verdicts reached by " + CASES + " cases").containsExactlyInAnyOrder(Verdict.values());
        assertThat(statuses).as("finding statuses reached").containsExactlyInAnyOrder(Status.values());
        assertThat(states).as("risk states reached").containsExactlyInAnyOrder(RiskState.values());
        for (ExemptionDefinition e : catalogue.exemptions()) {
            for (ExemptionState state : ExemptionState.values()) {
                assertThat(exemptionStates).as("exemption states reached").contains(e.id() + " " + state);
            }
        }
    }

    @Test
    void theVerdictIsPolicyModelSection4() {
        forAllCases(CASES, true, c -> {
            Assessment a = assess(c);
            boolean inScope = inScope(c.system());
            assertThat(a.inScope()).as("in scope").isEqualTo(inScope);
            assertThat(a.verdict()).as("verdict").isEqualTo(expectedVerdict(inScope, a.findings(), a.risks()));
        });
    }

    @Test
    void theEngineIsAPureFunction() {
        forAllCases(CASES / 5, true, c -> assertThat(assessAgain(c)).isEqualTo(assess(c)).isNotSameAs(assess(c)));
    }

    @Test
    void exemptionsNeverLiftAProhibitionOrANeverExemptRequirementAndLiftOnlyWhatTheyName() {
        forAllCases(CASES, true, c -> {
            Assessment a = assess(c);
            for (Finding f : a.findings()) {
                if (f.status() != Status.EXEMPT) {
                    continue;
                }
                Requirement r = f.requirement();
                assertThat(r.level()).as(f.id() + " EXEMPT").isNotEqualTo(Level.PROHIBITION);
                assertThat(r.neverExempt()).as(f.id() + " EXEMPT but never exempt").isFalse();
                ExemptionResult e = a.exemption(f.exemptionId());
                assertThat(e).as(f.id() + " names its exemption").isNotNull();
                assertThat(e.state()).as(f.id() + " exempted by " + e.id()).isEqualTo(ExemptionState.APPLIED);
                assertThat(e.exemption().exempts()).as(e.id() + " lists " + f.id()).contains(f.id());
            }
            for (ExemptionResult e : a.exemptions()) {
                if (e.state() == ExemptionState.APPLIED) {
                    for (String id : e.exemption().exempts()) {
                        Finding f = a.finding(id);
                        if (f.requirement().level() != Level.PROHIBITION && !f.requirement().neverExempt()) {
                            assertThat(f.status()).as(id + " under applied " + e.id()).isEqualTo(Status.EXEMPT);
                        }
                    }
                } else {
                    // POSSIBLE or NOT_APPLICABLE: the requirements are evaluated normally
                    for (String id : e.exemption().exempts()) {
                        Finding f = a.finding(id);
                        if (f.status() == Status.EXEMPT) {
                            assertThat(f.exemptionId()).as(id).isNotEqualTo(e.id());
                        }
                    }
                }
            }
        });
    }

    @Test
    void theExemptionConditionsAreSection6() {
        forAllCases(CASES, true, c -> {
            Assessment a = assess(c);
            CloudServiceProfile s = c.service();
            Deployment d = s.deployment();
            assertThat(a.exemption("EXM-LGWAN").state()).as("EXM-LGWAN for " + d).isEqualTo(
                    d == null ? ExemptionState.POSSIBLE : d == Deployment.LGWAN_ASP ? ExemptionState.APPLIED : ExemptionState.NOT_APPLICABLE);

            boolean routeInForce = !c.date().isBefore(LocalDate.of(2021, 3, 12));
            ExemptionState ismap;
            if (!routeInForce) {
                ismap = ExemptionState.NOT_APPLICABLE;
            } else if (s.ismapRegistrations() == null) {
                ismap = ExemptionState.POSSIBLE;
            } else {
                // a registration found out of scope by a recorded scope check is not relied on;
                // one whose end of validity is unknown makes the exemption possible, not refused
                java.util.Set<String> outOfScope = new java.util.HashSet<>();
                for (var check : (c.plan() == null ? kumo.domain.plan.UsagePlan.empty() : c.plan()).scopeChecks()) {
                    if (Boolean.FALSE.equals(check.coversService()) && check.checkedBy() != null
                            && !check.checkedBy().isBlank() && check.checkedOn() != null && !check.checkedOn().isAfter(c.date())) {
                        outOfScope.add(check.evidenceId());
                    }
                }
                boolean valid = false;
                boolean unknown = false;
                for (var r : s.ismapRegistrations()) {
                    String label = r.registrationNumber() == null || r.registrationNumber().isBlank() ? "(ISMAP)" : r.registrationNumber();
                    if (r.list() != IsmapList.ISMAP || outOfScope.contains(label)
                            || r.registeredOn() != null && r.registeredOn().isAfter(c.date())) {
                        continue;
                    }
                    if (r.validUntil() == null) {
                        unknown = true;
                    } else if (!r.validUntil().isBefore(c.date())) {
                        valid = true;
                    }
                }
                ismap = valid ? ExemptionState.APPLIED : unknown ? ExemptionState.POSSIBLE : ExemptionState.NOT_APPLICABLE;
            }
            assertThat(a.exemption("EXM-ISMAP").state()).as("EXM-ISMAP").isEqualTo(ismap);

            Purpose purpose = c.system().purpose();
            ExemptionState video = a.exemption("EXM-VIDEO").state();
            boolean anySection5NotMet = a.findings().stream()
                    .anyMatch(f -> f.requirement().section5() && f.ruleStatus() == Status.NOT_MET);
            if (purpose != null && purpose != Purpose.VIDEO_SURVEILLANCE_STORAGE) {
                assertThat(video).as("EXM-VIDEO for " + purpose).isEqualTo(ExemptionState.NOT_APPLICABLE);
            }
            if (anySection5NotMet) {
                assertThat(video).as("EXM-VIDEO with a 別紙 item NOT_MET").isEqualTo(ExemptionState.NOT_APPLICABLE);
            }
            if (video == ExemptionState.APPLIED) {
                assertThat(purpose).isEqualTo(Purpose.VIDEO_SURVEILLANCE_STORAGE);
                a.findings().stream().filter(f -> f.requirement().section5())
                        .forEach(f -> assertThat(f.ruleStatus()).as("別紙 item " + f.id() + " under EXM-VIDEO").isEqualTo(Status.MET));
            }
        });
    }

    @Test
    void findingsKeepTheirMeaning() {
        forAllCases(CASES, true, c -> {
            Assessment a = assess(c);
            UsagePlan plan = c.plan() == null ? UsagePlan.empty() : c.plan();
            for (Finding f : a.findings()) {
                Requirement r = f.requirement();
                assertThat(f.requirement()).isEqualTo(catalogue.requirement(f.id()));
                if (f.ruleStatus() == Status.PENDING) {
                    assertThat(r.kind()).as(f.id() + ": PENDING is for CITY steps only (policy-model §4)").isEqualTo(Kind.CITY);
                }
                assertThat(f.ruleStatus()).as(f.id() + ": a rule never says EXEMPT or DEVIATED")
                        .isNotIn(Status.EXEMPT, Status.DEVIATED);
                if (f.status() != f.ruleStatus()) {
                    assertThat(f.status()).as(f.id() + " changed from " + f.ruleStatus())
                            .isIn(Status.EXEMPT, Status.DEVIATED, Status.PENDING);
                }
                if (f.status() == Status.DEVIATED) {
                    assertThat(r.deviable()).as(f.id() + " DEVIATED but not deviable").isTrue();
                    Deviation d = f.deviation();
                    assertThat(d).isNotNull();
                    assertThat(d.requirementId()).isEqualTo(f.id());
                    assertThat(plan.deviations()).contains(d);
                    assertThat(Decision.present(d.rationale()) && Boolean.TRUE.equals(d.justifiedByFlowDesign())
                            && Decision.present(d.approvedBy()) && d.approvedOn() != null
                            && !d.approvedOn().isAfter(c.date())).as(f.id() + ": an approved deviation, on or before the date").isTrue();
                    assertThat(f.ruleStatus()).isIn(Status.NOT_MET, Status.UNKNOWN, Status.PENDING);
                }
                if (!r.deviable()) {
                    assertThat(f.deviation()).as(f.id() + ": a deviation on a non-deviable row is ignored").isNull();
                }
                if (f.status() == Status.PENDING && f.ruleStatus() != Status.PENDING) {
                    assertThat(f.deviation()).as(f.id() + ": PENDING from a deviation awaiting approval").isNotNull();
                }
            }
        });
    }

    @Test
    void theRiskRegisterKeepsTheRulesOfSection7() {
        forAllCases(CASES, true, c -> {
            Assessment a = assess(c);
            UsagePlan plan = c.plan() == null ? UsagePlan.empty() : c.plan();
            for (RiskEntry e : a.risks()) {
                RiskDefinition k = e.risk();
                RiskDecision d = e.decision();
                if (d != null) {
                    assertThat(d.riskId()).isEqualTo(e.id());
                    assertThat(plan.riskDecisions()).contains(d);
                }
                if ("R08".equals(e.id())) {
                    assertThat(e.state()).as("R08 is informational").isEqualTo(RiskState.INFORMATIONAL);
                    continue;
                }
                Boolean applies = applies(k, c);
                assertThat(e.applies()).as(e.id() + " applies (unknown counts as applying)").isEqualTo(!Boolean.FALSE.equals(applies));
                assertThat(e.state() == RiskState.NOT_APPLICABLE).as(e.id() + " NOT_APPLICABLE iff it does not apply")
                        .isEqualTo(Boolean.FALSE.equals(applies));
                if (Boolean.FALSE.equals(applies)) {
                    continue;
                }
                assertThat(e.applicabilityKnown()).isEqualTo(applies != null);
                boolean checkIsDecision = k.alternative() == Alternative.CHECK_IS_DECISION && d != null
                        && d.check() != null && d.check().recordedBy(c.date());
                if (e.state() == RiskState.DECIDED && !checkIsDecision) {
                    assertThat(d).as(e.id() + " DECIDED without a decision").isNotNull();
                    assertThat(d.treatment()).isNotNull();
                    assertThat(Decision.present(d.rationale()) && Decision.present(d.decidedBy())).as(e.id() + " rationale and who").isTrue();
                    assertThat(d.decidedOn()).as(e.id() + " when").isNotNull();
                    assertThat(d.decidedOn()).as(e.id() + " decided after the assessment").isBeforeOrEqualTo(c.date());
                    if (d.expiresOn() != null) {
                        assertThat(c.date()).as(e.id() + ": an ACCEPT past its expiry is never DECIDED").isBeforeOrEqualTo(d.expiresOn());
                    }
                    if (d.treatment() == Treatment.MITIGATE) {
                        assertThat(e.capabilityOffered()).as(e.id() + ": MITIGATE without the capability is never DECIDED").isTrue();
                    }
                    if (k.checkFirst()) {
                        assertThat(d.check() != null && d.check().recordedBy(c.date())).as(e.id() + ": check first").isTrue();
                    }
                }
                if (e.state() == RiskState.PROPOSED) {
                    assertThat(d).as(e.id() + " PROPOSED only without a decision").isNull();
                    assertThat(e.capabilityOffered()).as(e.id() + " PROPOSED only when the service shows the capability").isTrue();
                }
                if (k.capability() == null) {
                    assertThat(e.state()).as(e.id() + " has no capability to propose").isNotEqualTo(RiskState.PROPOSED);
                }
            }
        });
    }

    @Test
    void aRiskDecisionNeverChangesARequirementFinding() {
        forAllCases(CASES / 2, true, c -> {
            Assessment with = assess(c);
            Assessment without = assessor.assess(c.system(), c.service(), RandomInputs.withoutRiskDecisions(c.plan()), c.date());
            assertThat(with.findings()).isEqualTo(without.findings());
            assertThat(with.exemptions()).isEqualTo(without.exemptions());
        });
    }

    @Test
    void everyBlockingOpenFindingOrRiskHasANextActionWithItsId() {
        forAllCases(CASES, true, c -> {
            Assessment a = assess(c);
            Map<String, List<NextAction>> byTarget = a.nextActions().stream().collect(Collectors.groupingBy(NextAction::target));
            Set<Status> open = EnumSet.of(Status.NOT_MET, Status.UNKNOWN, Status.PENDING);
            if (!a.inScope()) {
                assertThat(a.nextActions()).as("out of scope, nothing blocks").noneMatch(NextAction::blocking);
            }
            for (Finding f : a.findings()) {
                List<NextAction> actions = byTarget.getOrDefault(f.id(), List.of());
                boolean restores = actions.stream().anyMatch(n -> n.type() == ActionType.RESTORE_EXEMPTION);
                if (open.contains(f.status()) && (f.requirement().level() != Level.RECOMMENDED || restores)) {
                    assertThat(actions).as(f.id() + " " + f.status() + " needs a next action").isNotEmpty();
                    assertThat(actions).as(f.id() + " " + f.status() + " needs a blocking next action")
                            .allMatch(n -> n.blocking() == a.inScope());
                } else if (open.contains(f.status())) {
                    assertThat(actions).as(f.id() + " RECOMMENDED " + f.status() + " is listed as an advisory").isNotEmpty()
                            .noneMatch(NextAction::blocking);
                } else {
                    assertThat(actions).as(f.id() + " " + f.status() + " is closed: no action").isEmpty();
                }
            }
            for (RiskEntry r : a.risks()) {
                List<NextAction> actions = byTarget.getOrDefault(r.id(), List.of());
                boolean isOpen = !EnumSet.of(RiskState.DECIDED, RiskState.NOT_APPLICABLE, RiskState.INFORMATIONAL).contains(r.state());
                if (isOpen) {
                    assertThat(actions).as(r.id() + " " + r.state() + " needs a next action, blocking in scope")
                            .isNotEmpty().allMatch(n -> n.blocking() == a.inScope());
                } else {
                    assertThat(actions).as(r.id() + " " + r.state() + " is closed: no action").isEmpty();
                }
            }
            for (ExemptionResult e : a.exemptions()) {
                // evidence for a possible exemption is asked for unless all it would exempt is exempt already
                boolean wouldAddSomething = e.exemption().exempts().stream()
                        .anyMatch(id -> a.finding(id).status() != Status.EXEMPT);
                if (e.state() == ExemptionState.POSSIBLE && wouldAddSomething) {
                    assertThat(byTarget.getOrDefault(e.id(), List.of())).as(e.id() + " possible: evidence needed").isNotEmpty();
                }
            }
            boolean seenAdvisory = false;
            Verdict lastStage = Verdict.OUT_OF_SCOPE;
            for (NextAction action : a.nextActions()) {
                assertThat(action.text()).isNotNull();
                if (!action.blocking()) {
                    seenAdvisory = true;
                    assertThat(action.stage()).as("advice stands in the way of no verdict").isEqualTo(Verdict.ELIGIBLE);
                } else {
                    assertThat(seenAdvisory).as("blocking actions come before advisories").isFalse();
                    assertThat(action.stage()).as("blocking actions by the stage they unblock: " + action)
                            .isGreaterThanOrEqualTo(lastStage).isNotEqualTo(Verdict.ELIGIBLE);
                    lastStage = action.stage();
                    for (Language l : Language.values()) {
                        String text = action.text().render(catalogue.texts(), l).toLowerCase(Locale.ROOT);
                        assertThat(List.of("recommended", "does not affect", "not required", "推奨", "影響しない"))
                                .as(action.target() + " blocks, so its text must not read as advice: " + text)
                                .noneMatch(text::contains);
                    }
                }
            }
        });
    }

    @Test
    void everyMessageAndFactRendersInBothLanguages() {
        Texts texts = catalogue.texts();
        forAllCases(CASES / 5, false, c -> {
            Assessment a = assess(c);
            List<Message> messages = new ArrayList<>();
            Set<String> facts = new java.util.TreeSet<>();
            for (Finding f : a.findings()) {
                messages.addAll(f.reasons());
                f.facts().stream().map(FactUsed::name).forEach(facts::add);
            }
            a.exemptions().forEach(e -> messages.addAll(e.reasons()));
            a.risks().forEach(r -> messages.addAll(r.reasons()));
            a.nextActions().forEach(n -> messages.add(n.text()));
            List<String> problems = new ArrayList<>();
            for (Language language : Language.values()) {
                for (Message m : messages) {
                    String pattern = texts.find(language, m.key());
                    if (pattern == null || pattern.isBlank()) {
                        problems.add(language + ": no text for " + m.key());
                        continue;
                    }
                    Matcher placeholder = PLACEHOLDER.matcher(pattern);
                    while (placeholder.find()) {
                        if (Integer.parseInt(placeholder.group(1)) >= m.args().size()) {
                            problems.add(language + ": " + m.key() + " = " + pattern + " has a placeholder without an argument in " + m);
                        }
                    }
                    for (String arg : m.args()) {
                        if (arg != null && arg.startsWith("@") && texts.find(language, arg.substring(1)) == null) {
                            problems.add(language + ": no text for the argument " + arg + " of " + m.key());
                        }
                    }
                    try {
                        if (texts.format(language, m.key(), m.args()).isBlank()) {
                            problems.add(language + ": " + m + " renders blank");
                        }
                    } catch (RuntimeException e) {
                        problems.add(language + ": " + m + " does not render: " + e);
                    }
                }
                for (String fact : facts) {
                    String label = texts.find(language, "fact." + fact);
                    if (label == null || label.isBlank()) {
                        problems.add(language + ": no label fact." + fact);
                    }
                }
            }
            assertThat(problems).isEmpty();
        });
    }

    /**
     * A free text a person typed (a rationale, a name) is an argument of a message; an argument starting
     * with {@code @} is read as a text key (Message's contract). Typed text must never be read as one.
     */
    @Test
    void aTypedTextStartingWithAnAtSignIsNotTakenForATextKey() {
        Scenario s = Scenario.eligible().with(x -> x.foreignLawEvaluation = new Decision(
                kumo.domain.plan.Outcome.YES, "@見積り参照", "@情報管理者", Scenario.DECIDED_ON));
        Assessment a = s.assess();
        for (Language language : Language.values()) {
            for (Message m : a.finding("LAW-06").reasons()) {
                assertThatCode(() -> m.render(catalogue.texts(), language)).as(language + " " + m).doesNotThrowAnyException();
            }
        }
    }

    /**
     * Dates at the ends of {@link LocalDate}'s range (a profile imported from a malformed document) are
     * still only facts: the engine gives findings, it does not throw (policy-model §3 "never a crash").
     */
    @Test
    void datesAtTheEndsOfTheCalendarDoNotThrow() {
        List<Consumer<Scenario>> extremes = List.of(
                s -> s.generallyAvailableSince = LocalDate.MAX,
                s -> s.generallyAvailableSince = LocalDate.MIN,
                s -> s.date = LocalDate.MAX,
                s -> {
                    s.date = LocalDate.MIN;
                    s.auditReports.add(new kumo.domain.service.AuditReport("E1", kumo.domain.service.AuditReportType.SOC2_TYPE2,
                            "監査法人", null, LocalDate.MIN, LocalDate.MIN, null, null, "全体"));
                },
                s -> s.extraRiskDecisions.add(new RiskDecision("R02", Treatment.ACCEPT, "理由", "情報管理者", LocalDate.MIN,
                        LocalDate.MAX, null)));
        List<String> thrown = new ArrayList<>();
        for (int i = 0; i < extremes.size(); i++) {
            Scenario s = Scenario.eligible().with(extremes.get(i));
            try {
                s.assess();
            } catch (RuntimeException e) {
                thrown.add("case " + i + " (date " + s.date + ", GA since " + s.generallyAvailableSince + "): " + e);
            }
        }
        assertThat(thrown).isEmpty();
    }

    // ------------------------------------------------------------------ the independent readings

    /** policy-model §4 scope: out of scope only when confidentiality is 1 and My Number is known to be absent. */
    private static boolean inScope(SystemProfile s) {
        Confidentiality c = s.classification().confidentiality();
        boolean c1 = c == Confidentiality.C1; // 機密性1 is C1 in both the 2020 and the 2024 scheme
        return !(c1 && Boolean.FALSE.equals(s.classification().myNumber()));
    }

    /**
     * policy-model §4, "first match wins", read afresh: each finding and each register row points at the
     * verdict it would force on its own; the assessment gets the earliest of them in the list.
     */
    private static Verdict expectedVerdict(boolean inScope, List<Finding> findings, List<RiskEntry> risks) {
        if (!inScope) {
            return Verdict.OUT_OF_SCOPE;
        }
        List<Verdict> order = List.of(Verdict.PROHIBITED, Verdict.NOT_ELIGIBLE, Verdict.INCOMPLETE, Verdict.CONDITIONAL, Verdict.ELIGIBLE);
        int worst = order.indexOf(Verdict.ELIGIBLE);
        for (Finding f : findings) {
            Level level = f.requirement().level();
            if (level == Level.RECOMMENDED) {
                continue; // advisories never block (§4 item 6)
            }
            Verdict forced = switch (f.status()) {
                case NOT_MET -> level == Level.PROHIBITION ? Verdict.PROHIBITED : Verdict.NOT_ELIGIBLE;
                case UNKNOWN -> Verdict.INCOMPLETE;
                case PENDING -> Verdict.CONDITIONAL; // a step the city must take is still open
                case MET, DEVIATED, NOT_APPLICABLE, EXEMPT -> Verdict.ELIGIBLE;
            };
            worst = Math.min(worst, order.indexOf(forced));
        }
        for (RiskEntry r : risks) {
            boolean closed = r.state() == RiskState.DECIDED || r.state() == RiskState.NOT_APPLICABLE
                    || r.state() == RiskState.INFORMATIONAL;
            if (!closed) {
                worst = Math.min(worst, order.indexOf(Verdict.CONDITIONAL)); // an applicable risk without a valid decision
            }
        }
        return order.get(worst);
    }

    /** §7 "applies when", read from the inputs: TRUE, FALSE, or null unknown. */
    private static Boolean applies(RiskDefinition k, RandomInputs.Case c) {
        CloudServiceProfile s = c.service();
        return switch (k.appliesWhen()) {
            case ALWAYS, INFORMATIONAL -> true;
            case PROVIDES_APPLICATION -> s.serviceModel() == null ? null : s.serviceModel() == ServiceModel.SAAS;
            case FOREIGN_SERVICE -> s.foreignProvider();
            case SHARED_DEPLOYMENT -> s.deployment() == null ? null
                    : s.deployment() == Deployment.PUBLIC_CLOUD || s.deployment() == Deployment.LGWAN_ASP;
            case LICENSED_SOFTWARE -> c.system().runsLicensedSoftware();
            case CITIZEN_FACING -> c.system().users() == null ? null
                    : c.system().users() == Users.CITIZENS || c.system().users() == Users.BOTH;
            case MOBILE_ACCESS -> s.mobileAccess();
            case RESTRICTED_RUNTIME -> s.restrictedRuntime() != null ? s.restrictedRuntime()
                    : s.serviceModel() == null ? null : s.serviceModel() == ServiceModel.PAAS;
            case USAGE_BILLING -> s.billing() == null ? null : s.billing() != kumo.domain.service.BillingModel.FIXED;
        };
    }
}

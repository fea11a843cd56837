package kumo.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.ActionType;
import kumo.domain.assessment.ExemptionState;
import kumo.domain.assessment.RiskState;
import kumo.domain.assessment.Verdict;
import kumo.domain.classification.Availability;
import kumo.domain.classification.ClassificationScheme;
import kumo.domain.classification.Confidentiality;
import kumo.domain.classification.HandlingRestriction;
import kumo.domain.classification.Integrity;
import kumo.domain.plan.AdvisorView;
import kumo.domain.plan.ConsultationStage;
import kumo.domain.plan.NetworkPath;
import kumo.domain.plan.Outcome;
import kumo.domain.plan.Treatment;
import kumo.domain.rules.v1.CatalogueV1;
import kumo.domain.service.AuditOpinion;
import kumo.domain.service.AuditReportType;
import kumo.domain.service.BillingModel;
import kumo.domain.service.Capability;
import kumo.domain.service.CertificationType;
import kumo.domain.service.Deployment;
import kumo.domain.service.IsmapList;
import kumo.domain.service.ServiceModel;
import kumo.domain.service.SupportChannel;
import kumo.domain.service.TrustPrinciple;
import kumo.domain.system.PreparationItem;
import kumo.domain.system.Purpose;
import kumo.domain.system.ServiceKind;
import kumo.domain.system.Steadiness;
import kumo.domain.system.Users;

/**
 * Ties the catalogue data, the rules and the texts to policy-model.md (§5, §6, §7, §6b) and to each
 * other: every ID of the model and nothing else, the model's flags, one rule per requirement, every
 * text in both languages and nothing orphaned, linted texts, existing and used clauses, and every text
 * key the domain sources can ask for.
 */
class CatalogueCompletenessTest {

    private static final String V1 = "/kumo/domain/catalogue/v1/";
    private static final String REASONS = "/kumo/domain/catalogue/reasons";
    private static final List<String> LANGUAGES = List.of("ja", "en");
    /** Surefire runs with the module directory as working directory. */
    private static final Path MAIN_SOURCES = Path.of("../domain/src/main/java");

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern MARKER = Pattern.compile("\\b(TODO|FIXME|XXX|TBD)\\b|\\?\\?\\?");

    private static final Set<String> REQUIREMENT_SUFFIXES = Set.of("title", "text", "evidence", "action", "condition", "interpretation");
    private static final Set<String> RISK_SUFFIXES = Set.of("title", "text", "alternative", "capability", "check", "interpretation");
    private static final Set<String> EXEMPTION_SUFFIXES = Set.of("title", "text", "condition", "evidence");
    /** Texts that are sentences: they end like one. */
    private static final Set<String> SENTENCE_SUFFIXES = Set.of("text", "evidence", "action", "condition", "interpretation",
            "alternative", "capability", "check", "explanatory", "meaning");

    /** Label prefixes for enum constants: {@code <prefix>.<CONSTANT>} (and {@code .meaning} for verdicts). */
    private static final Map<String, Enum<?>[]> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("kind", Kind.values());
        LABELS.put("level", Level.values());
        LABELS.put("status", Status.values());
        LABELS.put("verdict", Verdict.values());
        LABELS.put("treatment", Treatment.values());
        LABELS.put("alternative", Alternative.values());
        LABELS.put("applicability", Applicability.values());
        LABELS.put("fix", Fix.values());
        LABELS.put("stage", ConsultationStage.values());
        LABELS.put("view", AdvisorView.values());
        LABELS.put("preparation", PreparationItem.values());
        LABELS.put("riskState", RiskState.values());
        LABELS.put("exemptionState", ExemptionState.values());
        LABELS.put("actionType", ActionType.values());
        LABELS.put("outcome", Outcome.values());
        LABELS.put("deployment", Deployment.values());
        LABELS.put("serviceModel", ServiceModel.values());
        LABELS.put("networkPath", NetworkPath.values());
        LABELS.put("purpose", Purpose.values());
        LABELS.put("users", Users.values());
        LABELS.put("serviceKind", ServiceKind.values());
        LABELS.put("steadiness", Steadiness.values());
        LABELS.put("confidentiality", Confidentiality.values());
        LABELS.put("integrity", Integrity.values());
        LABELS.put("availability", Availability.values());
        LABELS.put("scheme", ClassificationScheme.values());
        LABELS.put("handlingRestriction", HandlingRestriction.values());
        LABELS.put("capability", Capability.values());
        LABELS.put("certificationType", CertificationType.values());
        LABELS.put("auditReportType", AuditReportType.values());
        LABELS.put("auditOpinion", AuditOpinion.values());
        LABELS.put("trustPrinciple", TrustPrinciple.values());
        LABELS.put("ismapList", IsmapList.values());
        LABELS.put("billing", BillingModel.values());
        LABELS.put("supportChannel", SupportChannel.values());
        LABELS.put("language", Language.values());
    }

    private static Catalogue catalogue() {
        return CatalogueV1.catalogue();
    }

    // ------------------------------------------------------------------ IDs and flags against the model

    @Test
    void theRequirementIdsAreExactlyTheModelsFiftySix() {
        assertThat(PolicyModel.REQUIREMENTS).hasSize(56);
        assertThat(catalogue().requirements().stream().map(Requirement::id).toList())
                .as("requirement IDs in catalogue order (policy-model §5)")
                .containsExactlyElementsOf(PolicyModel.REQUIREMENTS.keySet());
    }

    @Test
    void theExemptionIdsAreExactlyTheModelsThree() {
        assertThat(catalogue().exemptions().stream().map(ExemptionDefinition::id).toList())
                .as("exemption IDs (policy-model §6)")
                .containsExactlyElementsOf(PolicyModel.EXEMPTIONS.keySet());
    }

    @Test
    void theRiskIdsAreExactlyTheModelsTwentyNine() {
        assertThat(PolicyModel.RISKS).hasSize(29);
        assertThat(catalogue().risks().stream().map(RiskDefinition::id).toList())
                .as("risk IDs (policy-model §7)")
                .containsExactlyElementsOf(PolicyModel.RISKS.keySet());
    }

    @Test
    void requirementFlagsMatchTheModelsTables() {
        List<String> wrong = new ArrayList<>();
        for (Requirement r : catalogue().requirements()) {
            PolicyModel.Row row = PolicyModel.REQUIREMENTS.get(r.id());
            if (row == null) {
                continue; // reported by the ID test
            }
            check(wrong, r.id(), "kind", row.kind(), r.kind());
            check(wrong, r.id(), "level", row.level(), r.level());
            check(wrong, r.id(), "conditional", row.conditional(), r.conditional());
            check(wrong, r.id(), "deviable", PolicyModel.DEVIABLE.contains(r.id()), r.deviable());
            check(wrong, r.id(), "section5", PolicyModel.SECTION5.contains(r.id()), r.section5());
            check(wrong, r.id(), "neverExempt", PolicyModel.NEVER_EXEMPT.contains(r.id()), r.neverExempt());
            if (PolicyModel.AT_LEAST_INTERPRETATION.contains(r.id()) && !r.interpretation()) {
                wrong.add(r.id() + ": the model marks it (interp.) or §6b, the catalogue does not flag an interpretation");
            }
            if (r.sourceClauses().isEmpty()) {
                wrong.add(r.id() + ": no source clause");
            }
        }
        assertThat(wrong).as("requirements.tsv against policy-model §5").isEmpty();
    }

    @Test
    void deviableRowsAreMandatoryAndOnlyFromTheExampleLists() {
        for (Requirement r : catalogue().requirements()) {
            if (r.deviable()) {
                assertThat(r.level()).as(r.id() + ": a deviable row defaults to MANDATORY (policy-model §4)").isEqualTo(Level.MANDATORY);
                assertThat(r.sourceClauses()).as(r.id() + ": deviable rows come from the §2ウ / §2エ example lists")
                        .anyMatch(c -> c.startsWith("§2ウ") || c.startsWith("§2エ"));
            }
        }
    }

    @Test
    void exemptionsExemptTheModelsIdsAndNeverAProhibitionOrANeverExemptRequirement() {
        for (ExemptionDefinition e : catalogue().exemptions()) {
            assertThat(Set.copyOf(e.exempts())).as(e.id() + " exempts (policy-model §6)")
                    .isEqualTo(PolicyModel.EXEMPTIONS.get(e.id()));
            for (String id : e.exempts()) {
                Requirement r = catalogue().requirement(id);
                assertThat(r).as(e.id() + " names an existing requirement " + id).isNotNull();
                assertThat(r.level()).as(e.id() + " must not list a PROHIBITION: " + id).isNotEqualTo(Level.PROHIBITION);
                assertThat(r.neverExempt()).as(e.id() + " must not list a never-exempt requirement: " + id).isFalse();
            }
            assertThat(e.sourceClauses()).as(e.id() + " source clauses").isNotEmpty();
        }
    }

    @Test
    void theRiskRegisterMatchesTheModelsTable() {
        List<String> wrong = new ArrayList<>();
        for (RiskDefinition k : catalogue().risks()) {
            PolicyModel.Risk row = PolicyModel.RISKS.get(k.id());
            if (row == null) {
                continue;
            }
            check(wrong, k.id(), "applies when", row.appliesWhen(), k.appliesWhen());
            check(wrong, k.id(), "has a mitigating capability", row.capability(), k.capability() != null);
            check(wrong, k.id(), "check first", row.checkFirst(), k.checkFirst());
            check(wrong, k.id(), "policy's alternative", row.alternative(), k.alternative());
            if (k.sourceClauses().stream().noneMatch(c -> c.equals("§3(" + Integer.parseInt(k.id().substring(1)) + ")"))) {
                wrong.add(k.id() + ": does not cite its own clause §3(" + Integer.parseInt(k.id().substring(1)) + ")");
            }
            for (String linked : k.linkedRequirements()) {
                if (catalogue().requirement(linked) == null) {
                    wrong.add(k.id() + ": links an unknown requirement " + linked);
                }
            }
        }
        PolicyModel.RISK_LINKS_AT_LEAST.forEach((risk, links) -> {
            RiskDefinition k = catalogue().risk(risk);
            if (k != null && !k.linkedRequirements().containsAll(links)) {
                wrong.add(risk + ": should link " + links + " (policy-model §7), links " + k.linkedRequirements());
            }
        });
        assertThat(wrong).as("risks.tsv against policy-model §7").isEmpty();
    }

    @Test
    void everyRequirementHasExactlyOneRuleAndEveryRuleARequirement() {
        List<Rule> rules = CatalogueV1.rules();
        Map<String, Long> count = rules.stream().collect(Collectors.groupingBy(Rule::id, Collectors.counting()));
        assertThat(count).as("rules per ID").allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1L));
        assertThat(count.keySet()).as("rule IDs").isEqualTo(PolicyModel.REQUIREMENTS.keySet());
        for (Requirement r : catalogue().requirements()) {
            assertThat(catalogue().rule(r.id())).as("rule of " + r.id()).isNotNull();
            assertThat(catalogue().rule(r.id()).id()).isEqualTo(r.id());
        }
        assertThat(rules.stream().map(Rule::id).toList()).as("the explicit list is in catalogue order")
                .containsExactlyElementsOf(PolicyModel.REQUIREMENTS.keySet());
    }

    @Test
    void theSection5FormIsCarriedByExactlyTheRowsWhoseAnnexWordingAsksMore() {
        Set<String> forms = catalogue().rules().stream().filter(r -> r instanceof Section5Form).map(Rule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(forms).as("policy-model §5: EXIT-02, SEC-05, SEC-08 have a '§5 form'")
                .containsExactlyInAnyOrder("EXIT-02", "SEC-05", "SEC-08");
    }

    // ------------------------------------------------------------------ clauses

    @Test
    void clauseIdsAreUnique() {
        List<String> ids = catalogue().clauses().stream().map(Clause::id).toList();
        assertThat(ids).doesNotHaveDuplicates().isNotEmpty();
    }

    @Test
    void everySourceClauseExistsInClausesTsv() {
        Set<String> clauses = catalogue().clauses().stream().map(Clause::id).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Requirement r : catalogue().requirements()) {
            r.sourceClauses().stream().filter(c -> !clauses.contains(c)).forEach(c -> missing.add(r.id() + " → " + c));
        }
        for (RiskDefinition k : catalogue().risks()) {
            k.sourceClauses().stream().filter(c -> !clauses.contains(c)).forEach(c -> missing.add(k.id() + " → " + c));
        }
        for (ExemptionDefinition e : catalogue().exemptions()) {
            e.sourceClauses().stream().filter(c -> !clauses.contains(c)).forEach(c -> missing.add(e.id() + " → " + c));
        }
        assertThat(missing).as("source clauses not in clauses.tsv").isEmpty();
    }

    @Test
    void everyNonExplanatoryClauseIsCarriedByAtLeastOneId() {
        Set<String> cited = new TreeSet<>();
        catalogue().requirements().forEach(r -> cited.addAll(r.sourceClauses()));
        catalogue().risks().forEach(k -> cited.addAll(k.sourceClauses()));
        catalogue().exemptions().forEach(e -> cited.addAll(e.sourceClauses()));
        List<String> uncited = catalogue().clauses().stream().filter(c -> !c.explanatoryOnly())
                .map(Clause::id).filter(id -> !cited.contains(id)).toList();
        assertThat(uncited).as("clauses that are neither explanatory nor carried by a requirement, risk or exemption").isEmpty();
    }

    @Test
    void everyRiskOfSection3AndEveryProcedureStepOfSection4HasItsClause() {
        Set<String> clauses = catalogue().clauses().stream().map(Clause::id).collect(Collectors.toSet());
        for (int i = 1; i <= 29; i++) {
            assertThat(clauses).contains("§3(" + i + ")");
        }
        assertThat(clauses).contains("§4(1)", "§4(4)", "§4(6)LGWAN", "§4(6)映像", "§4(7)原則", "§4(7)適用除外");
    }

    // ------------------------------------------------------------------ texts: presence

    @Test
    void everyRequirementHasItsTextsInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (String lang : LANGUAGES) {
            Properties t = texts(lang);
            for (Requirement r : catalogue().requirements()) {
                for (String suffix : List.of("title", "text", "evidence", "action")) {
                    require(missing, t, lang, r.id() + "." + suffix, true);
                }
                require(missing, t, lang, r.id() + ".condition", r.conditional());
                require(missing, t, lang, r.id() + ".interpretation", r.interpretation());
            }
        }
        assertThat(missing).as("requirement texts (present iff required)").isEmpty();
    }

    @Test
    void everyRiskHasItsTextsInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (String lang : LANGUAGES) {
            Properties t = texts(lang);
            for (RiskDefinition k : catalogue().risks()) {
                for (String suffix : List.of("title", "text", "alternative")) {
                    require(missing, t, lang, k.id() + "." + suffix, true);
                }
                require(missing, t, lang, k.id() + ".capability", k.capability() != null);
                require(missing, t, lang, k.id() + ".check", k.checkFirst());
            }
        }
        assertThat(missing).as("risk texts (present iff required)").isEmpty();
    }

    @Test
    void everyExemptionHasItsTextsInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (String lang : LANGUAGES) {
            Properties t = texts(lang);
            for (ExemptionDefinition e : catalogue().exemptions()) {
                for (String suffix : List.of("title", "text", "condition", "evidence")) {
                    require(missing, t, lang, e.id() + "." + suffix, true);
                }
            }
        }
        assertThat(missing).as("exemption texts").isEmpty();
    }

    @Test
    void everyClauseHasItsLabelAndExplanatoryClausesTheirReason() {
        List<String> missing = new ArrayList<>();
        for (String lang : LANGUAGES) {
            Properties t = texts(lang);
            for (Clause c : catalogue().clauses()) {
                require(missing, t, lang, "clause." + c.id(), true);
                require(missing, t, lang, "clause." + c.id() + ".explanatory", c.explanatoryOnly());
            }
        }
        assertThat(missing).as("clause texts (explanatory iff explanatory only)").isEmpty();
    }

    @Test
    void everyEnumTheUserSeesHasItsLabel() {
        List<String> missing = new ArrayList<>();
        for (String lang : LANGUAGES) {
            Properties t = texts(lang);
            for (String prefix : List.of("kind", "level", "status", "verdict", "treatment", "alternative")) {
                for (Enum<?> e : LABELS.get(prefix)) {
                    require(missing, t, lang, prefix + "." + e.name(), true);
                }
            }
            for (Verdict v : Verdict.values()) {
                require(missing, t, lang, "verdict." + v.name() + ".meaning", true);
            }
            for (String group : catalogue().requirements().stream().map(Requirement::group).collect(Collectors.toCollection(LinkedHashSet::new))) {
                require(missing, t, lang, "group." + group, true);
            }
        }
        assertThat(missing).as("labels in texts_*.properties").isEmpty();
    }

    @Test
    void everyTextKeyTheDomainSourcesCanAskForExistsInBothLanguages() {
        SourceKeys scan = SourceKeys.scan(MAIN_SOURCES, allIds());
        assertThat(scan.files).as("main sources found under " + MAIN_SOURCES.toAbsolutePath().normalize()).isNotEmpty();
        assertThat(scan.unknownDynamicPrefixes).as("keys assembled at run time from a prefix this test does not know: "
                + "teach SourceKeys.DYNAMIC how to expand them").isEmpty();
        assertThat(scan.keys).as("sanity: the scan finds the shared reason keys").containsKeys(
                "reason.fact.unknown", "finding.exempt", "risk.decided", "action.risk.UNDECIDED", "fact.plan.entrustment",
                "status.NOT_MET", "applicability.FOREIGN_SERVICE", "fact.support.firstResponseCriticalHours",
                "fact.consultation.PLANNING", "SEC-11.presented", "SEC-09.noNda");
        assertThat(scan.keys).as("sanity: the scan is not vacuous").hasSizeGreaterThan(200);
        List<String> missing = new ArrayList<>();
        for (String lang : LANGUAGES) {
            Properties merged = new Properties();
            merged.putAll(reasons(lang));
            merged.putAll(texts(lang));
            scan.keys.forEach((key, where) -> {
                String v = merged.getProperty(key);
                if (v == null || v.isBlank()) {
                    missing.add(lang + ": " + key + "  (used in " + where.get(0) + ")");
                }
            });
        }
        assertThat(missing).as("keys used by the domain sources, missing from texts_<lang> ∪ reasons_<lang>").isEmpty();
    }

    // ------------------------------------------------------------------ texts: nothing orphaned, same keys

    @Test
    void nothingInTheCatalogueTextsIsOrphaned() {
        Set<String> used = SourceKeys.scan(MAIN_SOURCES, allIds()).keys.keySet();
        Map<String, Set<String>> allowedSuffixes = new HashMap<>();
        catalogue().requirements().forEach(r -> allowedSuffixes.put(r.id(), REQUIREMENT_SUFFIXES));
        catalogue().risks().forEach(k -> allowedSuffixes.put(k.id(), RISK_SUFFIXES));
        catalogue().exemptions().forEach(e -> allowedSuffixes.put(e.id(), EXEMPTION_SUFFIXES));
        Set<String> clauses = catalogue().clauses().stream().map(Clause::id).collect(Collectors.toSet());
        Set<String> groups = catalogue().requirements().stream().map(Requirement::group).collect(Collectors.toSet());
        List<String> orphans = new ArrayList<>();
        for (String lang : LANGUAGES) {
            for (String key : keys(texts(lang))) {
                if (!belongs(key, allowedSuffixes, clauses, groups, used)) {
                    orphans.add(lang + ": " + key);
                }
            }
        }
        assertThat(orphans).as("keys of texts_*.properties that belong to no ID, clause, label or used reason").isEmpty();
    }

    @Test
    void noReasonTextIsOrphaned() {
        SourceKeys scan = SourceKeys.scan(MAIN_SOURCES, allIds());
        Set<String> ids = allIds();
        List<String> orphans = new ArrayList<>();
        for (String lang : LANGUAGES) {
            for (String key : keys(reasons(lang))) {
                String ns = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
                boolean messageLike = ids.contains(ns) || Set.of("reason", "risk", "finding", "action", "fact").contains(ns);
                if (messageLike && !scan.keys.containsKey(key)) {
                    orphans.add(lang + ": " + key);
                }
            }
        }
        assertThat(orphans).as("reason/fact keys of reasons_*.properties that no domain source uses").isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertSameKeys("texts", texts("ja"), texts("en"));
        assertSameKeys("reasons", reasons("ja"), reasons("en"));
    }

    @Test
    void noKeyIsDefinedTwiceInAFile() {
        List<String> duplicates = new ArrayList<>();
        for (String lang : LANGUAGES) {
            duplicates.addAll(duplicateKeys(V1 + "texts_" + lang + ".properties"));
            duplicates.addAll(duplicateKeys(REASONS + "_" + lang + ".properties"));
        }
        assertThat(duplicates).as("a later definition silently wins in java.util.Properties").isEmpty();
    }

    // ------------------------------------------------------------------ texts: lint

    @Test
    void textsAreLinted() {
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            lint(problems, "texts_" + lang, lang, texts(lang), true);
            lint(problems, "reasons_" + lang, lang, reasons(lang), false);
        }
        assertThat(problems).as("text lint").isEmpty();
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        List<String> problems = new ArrayList<>();
        for (String file : List.of("texts", "reasons")) {
            Properties ja = "texts".equals(file) ? texts("ja") : reasons("ja");
            Properties en = "texts".equals(file) ? texts("en") : reasons("en");
            for (String key : keys(ja)) {
                String e = en.getProperty(key);
                if (e == null) {
                    continue; // reported by bothLanguagesHaveTheSameKeys
                }
                Set<String> pj = placeholders(ja.getProperty(key));
                Set<String> pe = placeholders(e);
                if (!pj.equals(pe)) {
                    problems.add(file + ": " + key + " ja " + pj + " vs en " + pe);
                }
            }
        }
        assertThat(problems).as("MessageFormat placeholders per key").isEmpty();
    }

    @Test
    void theReadingsOfErrorsInTheOriginalStayVisible() {
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            Properties t = texts(lang);
            PolicyModel.ERROR_READINGS.forEach((id, garbled) -> {
                String v = t.getProperty(id + ".interpretation");
                if (v == null || !v.contains(garbled)) {
                    problems.add(lang + ": " + id + ".interpretation should quote the original's 「" + garbled + "」 (policy-model §6b)");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private static Set<String> allIds() {
        Set<String> ids = new TreeSet<>();
        catalogue().requirements().forEach(r -> ids.add(r.id()));
        catalogue().risks().forEach(k -> ids.add(k.id()));
        catalogue().exemptions().forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static boolean belongs(String key, Map<String, Set<String>> allowedSuffixes, Set<String> clauses,
            Set<String> groups, Set<String> used) {
        if (used.contains(key)) {
            return true;
        }
        int dot = key.indexOf('.');
        if (dot < 0) {
            return false;
        }
        String head = key.substring(0, dot);
        String rest = key.substring(dot + 1);
        if (allowedSuffixes.containsKey(head)) {
            return allowedSuffixes.get(head).contains(rest);
        }
        if ("clause".equals(head)) {
            return clauses.contains(rest) || (rest.endsWith(".explanatory")
                    && clauses.contains(rest.substring(0, rest.length() - ".explanatory".length())));
        }
        if ("group".equals(head)) {
            return groups.contains(rest);
        }
        Enum<?>[] values = LABELS.get(head);
        if (values != null) {
            String constant = rest.endsWith(".meaning") ? rest.substring(0, rest.length() - ".meaning".length()) : rest;
            return Arrays.stream(values).anyMatch(v -> v.name().equals(constant));
        }
        return false;
    }

    private static void lint(List<String> problems, String file, String lang, Properties p, boolean catalogueTexts) {
        for (String key : keys(p)) {
            String v = p.getProperty(key);
            String where = file + ": " + key;
            if (v.isBlank()) {
                problems.add(where + " is empty");
                continue;
            }
            if (!v.equals(v.strip())) {
                problems.add(where + " has leading or trailing whitespace");
            }
            if (MARKER.matcher(v).find()) {
                problems.add(where + " contains a TODO/FIXME marker");
            }
            if (v.contains("\uFFFD")) {
                problems.add(where + " contains a replacement character (wrong encoding)");
            }
            try {
                new MessageFormat(v.replace("'", "''"), Locale.ROOT);
            } catch (IllegalArgumentException e) {
                problems.add(where + " is not a valid MessageFormat pattern: " + e.getMessage());
            }
            boolean hasLetters = v.replaceAll("\\{\\d+[^}]*}", "").codePoints().anyMatch(Character::isLetter);
            if ("ja".equals(lang)) {
                if (hasLetters && !JAPANESE.matcher(v).find() && !v.matches("[A-Z0-9 /\\-_.:()§]+")) {
                    problems.add(where + " has no Japanese characters");
                }
            } else {
                String outsideQuotes = v.replaceAll("「[^」]*」", "").replaceAll("『[^』]*』", "");
                if (outsideQuotes.contains("。") || outsideQuotes.contains("、")) {
                    problems.add(where + " contains Japanese punctuation outside 「」");
                }
                for (String sentence : outsideQuotes.split("(?<=[.!?])\\s+")) {
                    long ja = JAPANESE.matcher(sentence).results().count();
                    long latin = LATIN.matcher(sentence).results().count();
                    if (ja > 0 && ja >= latin) {
                        problems.add(where + " has a Japanese sentence outside 「」: " + sentence);
                    }
                }
            }
            if (catalogueTexts) {
                String suffix = key.substring(key.lastIndexOf('.') + 1);
                if (SENTENCE_SUFFIXES.contains(suffix)) {
                    boolean ends = "ja".equals(lang) ? v.endsWith("。") : v.matches("(?s).*[.!?][)」\"’]?$");
                    if (!ends) {
                        problems.add(where + " is a sentence and should end with " + ("ja".equals(lang) ? "「。」" : "a full stop"));
                    }
                } else if ("title".equals(suffix) && (v.endsWith("。") || v.endsWith("."))) {
                    problems.add(where + " is a title and should not end with a full stop");
                }
            }
        }
    }

    private static Set<String> placeholders(String v) {
        Set<String> s = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(v);
        while (m.find()) {
            s.add("{" + m.group(1) + "}");
        }
        return s;
    }

    private static void assertSameKeys(String file, Properties ja, Properties en) {
        Set<String> onlyJa = new TreeSet<>(keys(ja));
        onlyJa.removeAll(keys(en));
        Set<String> onlyEn = new TreeSet<>(keys(en));
        onlyEn.removeAll(keys(ja));
        assertThat(onlyJa).as(file + ": keys only in ja").isEmpty();
        assertThat(onlyEn).as(file + ": keys only in en").isEmpty();
    }

    private static void require(List<String> missing, Properties t, String lang, String key, boolean required) {
        String v = t.getProperty(key);
        boolean present = v != null && !v.isBlank();
        if (required && !present) {
            missing.add(lang + ": missing " + key);
        } else if (!required && v != null) {
            missing.add(lang + ": " + key + " present although its flag is not set");
        }
    }

    private static <T> void check(List<String> wrong, String id, String what, T model, T actual) {
        if (!model.equals(actual)) {
            wrong.add(id + ": " + what + " is " + actual + ", the model says " + model);
        }
    }

    private static Set<String> keys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.keySet().forEach(k -> keys.add((String) k));
        return keys;
    }

    private static final Map<String, Properties> CACHE = new HashMap<>();

    private static Properties texts(String lang) {
        return load(V1 + "texts_" + lang + ".properties");
    }

    private static Properties reasons(String lang) {
        return load(REASONS + "_" + lang + ".properties");
    }

    private static synchronized Properties load(String resource) {
        return CACHE.computeIfAbsent(resource, r -> {
            Properties p = new Properties();
            try (InputStream in = CatalogueCompletenessTest.class.getResourceAsStream(r)) {
                if (in == null) {
                    fail("missing resource " + r);
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        });
    }

    private static List<String> duplicateKeys(String resource) {
        List<String> duplicates = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        try (InputStream in = CatalogueCompletenessTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of(resource + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean continued = false;
            while ((line = r.readLine()) != null) {
                boolean wasContinued = continued;
                continued = line.endsWith("\\") && !line.endsWith("\\\\");
                String s = line.stripLeading();
                if (wasContinued || s.isEmpty() || s.startsWith("#") || s.startsWith("!")) {
                    continue;
                }
                Matcher m = Pattern.compile("^((?:[^=:\\s\\\\]|\\\\.)+)").matcher(s);
                if (m.find() && !seen.add(m.group(1))) {
                    duplicates.add(resource + ": " + m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return duplicates;
    }

    @Test
    void theSourcesAreReadFromTheModuleDirectory() {
        assertThat(Files.isDirectory(MAIN_SOURCES.resolve("kumo/domain/rules/v1")))
                .as("surefire's working directory is the domain module: " + Path.of("").toAbsolutePath()).isTrue();
    }
}

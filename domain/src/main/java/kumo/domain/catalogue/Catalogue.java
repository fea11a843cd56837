package kumo.domain.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * One version of the requirement catalogue: requirements, risks, exemptions and clauses as data read
 * from the classpath, texts in Japanese and English, the parameters, one typed rule per requirement
 * ID and one typed rule per risk ID, in catalogue order.
 */
public final class Catalogue {

    private final String version;
    private final LocalDate policyDate;
    private final Map<String, Requirement> requirements;
    private final Map<String, Rule> rules;
    private final Map<String, RiskDefinition> risks;
    private final Map<String, RiskRule> riskRules;
    private final Map<String, ExemptionDefinition> exemptions;
    private final List<Requirement> requirementList;
    private final List<RiskDefinition> riskList;
    private final List<ExemptionDefinition> exemptionList;
    private final List<Rule> ruleList;
    private final List<Clause> clauses;
    private final Texts texts;
    private final CatalogueParameters parameters;

    private Catalogue(String version, LocalDate policyDate, Map<String, Requirement> requirements,
            Map<String, Rule> rules, Map<String, RiskDefinition> risks, Map<String, RiskRule> riskRules,
            Map<String, ExemptionDefinition> exemptions, List<Clause> clauses, Texts texts, CatalogueParameters parameters) {
        this.version = version;
        this.policyDate = policyDate;
        this.requirements = requirements;
        this.rules = rules;
        this.risks = risks;
        this.riskRules = riskRules;
        this.exemptions = exemptions;
        this.requirementList = List.copyOf(requirements.values());
        this.riskList = List.copyOf(risks.values());
        this.exemptionList = List.copyOf(exemptions.values());
        this.ruleList = List.copyOf(rules.values());
        this.clauses = clauses;
        this.texts = texts;
        this.parameters = parameters;
    }

    /**
     * Loads a catalogue from the classpath folder {@code base} (e.g. {@code /kumo/domain/catalogue/v1/}).
     * Every requirement must have exactly one rule and every rule a requirement: a mismatch is a
     * programming error. Every row of {@code risks.tsv} must name known constants and agree with its risk
     * class, and every risk class must have its row: a mismatch fails with the file and line.
     */
    public static Catalogue load(String base, List<Rule> ruleList, List<RiskRule> riskRuleList) {
        Properties p = Texts.read(base + "parameters.properties");
        String from = p.getProperty("ismapRouteFrom", "").trim();
        CatalogueParameters parameters = new CatalogueParameters(
                from.isEmpty() ? null : LocalDate.parse(from),
                Boolean.parseBoolean(p.getProperty("cioConsultationRequired")),
                Integer.parseInt(p.getProperty("auditCurrencyMonths")),
                Integer.parseInt(p.getProperty("minimumOperatingMonths")),
                Integer.parseInt(p.getProperty("logRetentionDays")));

        Map<String, Requirement> requirements = index(rows(base + "requirements.tsv"), c -> new Requirement(
                c[0], Kind.valueOf(c[1]), Level.valueOf(c[2]), yes(c[3]), yes(c[4]), yes(c[5]), yes(c[6]), yes(c[7]),
                Fix.valueOf(c[8]), words(c[9])), Requirement::id);
        Map<String, RiskDefinition> risks = RiskTable.read(base + "risks.tsv", riskRuleList);
        Map<String, RiskRule> riskRules = new LinkedHashMap<>(); // one per row (RiskTable checked), in file order
        risks.keySet().forEach(id -> riskRules.put(id, null));
        riskRuleList.forEach(k -> riskRules.put(k.id(), k));
        Map<String, ExemptionDefinition> exemptions = index(rows(base + "exemptions.tsv"),
                c -> new ExemptionDefinition(c[0], words(c[1]), words(c[2])), ExemptionDefinition::id);
        List<Clause> clauses = rows(base + "clauses.tsv").stream().map(c -> new Clause(c[0], yes(c[1]))).toList();

        Map<String, Rule> rules = new LinkedHashMap<>();
        for (Rule rule : ruleList) {
            if (!requirements.containsKey(rule.id()) || rules.put(rule.id(), rule) != null) {
                throw new IllegalStateException("rule without a unique requirement: " + rule.id());
            }
        }
        if (!rules.keySet().equals(requirements.keySet())) {
            throw new IllegalStateException("requirements without a rule in catalogue " + base);
        }
        Texts texts = Texts.load(base + "texts", "/kumo/domain/catalogue/reasons");
        return new Catalogue(p.getProperty("version"), LocalDate.parse(p.getProperty("policyDate")),
                requirements, rules, risks, riskRules, exemptions, clauses, texts, parameters);
    }

    /** The same catalogue with other parameters (e.g. §4(4) switched off, another ISMAP route date). */
    public Catalogue withParameters(CatalogueParameters newParameters) {
        return new Catalogue(version, policyDate, requirements, rules, risks, riskRules, exemptions, clauses, texts,
                newParameters);
    }

    public String version() {
        return version;
    }

    public LocalDate policyDate() {
        return policyDate;
    }

    /** Requirements in catalogue order. */
    public List<Requirement> requirements() {
        return requirementList;
    }

    public Requirement requirement(String id) {
        return requirements.get(id);
    }

    public Rule rule(String id) {
        return rules.get(id);
    }

    public List<Rule> rules() {
        return ruleList;
    }

    public List<RiskDefinition> risks() {
        return riskList;
    }

    public RiskDefinition risk(String id) {
        return risks.get(id);
    }

    /** The typed rule of a risk ID, or {@code null}. */
    public RiskRule riskRule(String id) {
        return riskRules.get(id);
    }

    public List<ExemptionDefinition> exemptions() {
        return exemptionList;
    }

    public ExemptionDefinition exemption(String id) {
        return exemptions.get(id);
    }

    public List<Clause> clauses() {
        return clauses;
    }

    public Texts texts() {
        return texts;
    }

    public CatalogueParameters parameters() {
        return parameters;
    }

    private static <T> Map<String, T> index(List<String[]> rows, Function<String[], T> make, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (String[] row : rows) {
            T t = make.apply(row);
            if (map.put(id.apply(t), t) != null) {
                throw new IllegalStateException("duplicate ID " + id.apply(t));
            }
        }
        return map;
    }

    /**
     * The data rows of a UTF-8 TSV resource of a catalogue version (blank lines and {@code #} comments
     * skipped, cells trimmed, at least ten cells per row, missing ones empty).
     */
    public static List<String[]> rows(String resource) {
        return numberedRows(resource).stream().map(Row::cells).toList();
    }

    /** One data row of a TSV file and its line number (from 1), for messages. */
    record Row(int line, String[] cells) {
    }

    static List<Row> numberedRows(String resource) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource(resource), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = Arrays.copyOf(line.split("\t", -1), 10);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i] == null ? "" : cells[i].trim();
                }
                rows.add(new Row(number, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static InputStream resource(String name) {
        InputStream in = Catalogue.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing catalogue resource " + name);
        }
        return in;
    }

    private static boolean yes(String cell) {
        return "Y".equals(cell);
    }

    static List<String> words(String cell) {
        return cell == null || cell.isBlank() ? List.of() : List.of(cell.trim().split("\\s+"));
    }
}

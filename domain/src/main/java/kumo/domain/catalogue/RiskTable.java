package kumo.domain.catalogue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads {@code risks.tsv} and checks every row against the risk classes of the catalogue version: each
 * name must be a known constant, each row must have its class and say what the class says, and each
 * class must have its row. Any mismatch fails the load with the file and line, so a typo in the data
 * stops kumo at start-up instead of surfacing at assessment time.
 */
final class RiskTable {

    private RiskTable() {
    }

    /** The definitions in file order, by ID. */
    static Map<String, RiskDefinition> read(String resource, List<RiskRule> riskRules) {
        Map<String, RiskRule> classes = new LinkedHashMap<>();
        for (RiskRule rule : riskRules) {
            RiskRule other = classes.put(rule.id(), rule);
            if (other != null) {
                throw new IllegalStateException("two risk classes for " + rule.id() + ": " + other + " and " + rule);
            }
        }
        Map<String, RiskDefinition> risks = new LinkedHashMap<>();
        for (Catalogue.Row row : Catalogue.numberedRows(resource)) {
            String[] c = row.cells();
            String at = resource + " line " + row.line() + ": " + c[0] + ": ";
            RiskRule rule = classes.get(c[0]);
            if (rule == null) {
                throw new IllegalStateException(at + "no risk class carries this ID (the catalogue's risk list has "
                        + String.join(", ", classes.keySet()) + ")");
            }
            Applicability when = constant(Applicability.class, c[1], at + "applies when");
            MitigatingCapability capability = "-".equals(c[2]) ? null
                    : constant(MitigatingCapability.class, c[2], at + "capability");
            boolean checkFirst = flag(c[3], at + "check first");
            Alternative alternative = constant(Alternative.class, c[4], at + "policy's alternative");
            agree(at, rule, "applies when", when, rule.appliesWhen());
            agree(at, rule, "capability", capability, rule.capability());
            agree(at, rule, "check first", checkFirst, rule.checkFirst());
            agree(at, rule, "policy's alternative", alternative, rule.alternative());
            RiskDefinition risk = new RiskDefinition(c[0], when, capability, checkFirst, alternative,
                    Catalogue.words(c[5]), Catalogue.words(c[6]));
            if (risks.put(risk.id(), risk) != null) {
                throw new IllegalStateException(at + "a second row for the same risk");
            }
        }
        for (RiskRule rule : riskRules) {
            if (!risks.containsKey(rule.id())) {
                throw new IllegalStateException(resource + ": no row for risk " + rule.id() + " (class " + rule + ")");
            }
        }
        return risks;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        String known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new IllegalStateException(what + " \"" + name + "\" is not one of " + known
                + (type == MitigatingCapability.class ? " (or \"-\" for none)" : ""));
    }

    private static boolean flag(String cell, String what) {
        if (!"Y".equals(cell) && !"N".equals(cell)) {
            throw new IllegalStateException(what + " \"" + cell + "\" is neither Y nor N");
        }
        return "Y".equals(cell);
    }

    private static void agree(String at, RiskRule rule, String what, Object row, Object typed) {
        if (row != typed && (row == null || !row.equals(typed))) {
            throw new IllegalStateException(at + what + " is " + (row == null ? "-" : row) + " but its class " + rule
                    + " says " + (typed == null ? "-" : typed));
        }
    }
}

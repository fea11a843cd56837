package kumo.domain.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import kumo.domain.assessment.RiskState;
import kumo.domain.plan.AdvisorView;
import kumo.domain.plan.ConsultationStage;
import kumo.domain.plan.NetworkPath;
import kumo.domain.plan.Treatment;
import kumo.domain.service.AuditReportType;
import kumo.domain.service.CertificationType;
import kumo.domain.service.DataKind;
import kumo.domain.service.Deployment;
import kumo.domain.service.IsmapList;
import kumo.domain.service.SupportChannel;
import kumo.domain.system.PreparationItem;
import kumo.domain.system.Purpose;

/**
 * Reads the domain's main Java sources and collects every text key they can ask for: message keys
 * (first argument of {@code met(}, {@code notMet(}, {@code reason(}, {@code Message.of(} … and every
 * other literal shaped like one), {@code "@…"} arguments, and the {@code fact.<name>} labels of the
 * facts the rules record. Keys assembled at run time from a literal prefix and an enum constant are
 * expanded over the enum; an unknown prefix is reported so this scanner gets taught rather than
 * silently skipping it.
 */
final class SourceKeys {

    /** Where the key was found, for failure messages. */
    record Use(String key, String where) {
    }

    final Map<String, List<String>> keys = new TreeMap<>();
    final Set<String> factNames = new TreeSet<>();
    final List<String> unknownDynamicPrefixes = new ArrayList<>();
    final List<Path> files = new ArrayList<>();

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern FACT_CALL = Pattern.compile(
            "(?:\\.fact|serviceFact|decision)\\(\\s*(?:r\\s*,\\s*)?\"([^\"]+)\"\\s*([,+)])");
    /** Namespaces of message keys that are not IDs. */
    private static final Set<String> MESSAGE_NAMESPACES = Set.of("reason", "risk", "finding", "action");
    /** Prefixes that code completes with an enum constant's name. */
    private static final Map<String, List<String>> DYNAMIC = Map.ofEntries(
            Map.entry("status.", names(Status.values())),
            Map.entry("applicability.", names(Applicability.values())),
            Map.entry("alternative.", names(Alternative.values())),
            Map.entry("treatment.", names(Treatment.values())),
            Map.entry("stage.", names(ConsultationStage.values())),
            Map.entry("view.", names(AdvisorView.values())),
            Map.entry("preparation.", names(PreparationItem.values())),
            Map.entry("action.fix.", names(Fix.values())),
            Map.entry("deployment.", names(Deployment.values())),
            Map.entry("purpose.", names(Purpose.values())),
            Map.entry("networkPath.", names(NetworkPath.values())),
            Map.entry("dataKind.", names(DataKind.values())),
            Map.entry("certificationType.", names(CertificationType.values())),
            Map.entry("auditReportType.", names(AuditReportType.values())),
            Map.entry("ismapList.", names(IsmapList.values())),
            Map.entry("supportChannel.", names(SupportChannel.values())),
            Map.entry("action.risk.", Stream.concat(
                    Arrays.stream(RiskState.values()).filter(RiskState::open).map(Enum::name),
                    Stream.of("NO_CAPABILITY")).toList()));
    /** Fact names that code completes with an enum constant's name. */
    private static final Map<String, List<String>> DYNAMIC_FACTS = Map.of(
            "consultation.", names(ConsultationStage.values()));
    /** Prefixes that code completes with an ID; the completeness rules already demand those keys. */
    private static final Set<String> ID_SUFFIXES = Set.of(".title", ".text", ".evidence", ".action", ".check",
            ".alternative", ".capability", ".condition", ".interpretation");

    static SourceKeys scan(Path sourceRoot, Set<String> ids) {
        SourceKeys k = new SourceKeys();
        List<Path> files;
        try (Stream<Path> s = Files.walk(sourceRoot)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        k.files.addAll(files);
        List<String[]> sources = new ArrayList<>();
        for (Path f : files) {
            try {
                sources.add(new String[] {sourceRoot.relativize(f).toString(),
                    stripComments(Files.readString(f, StandardCharsets.UTF_8))});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // pass 1: fact names recorded by the rules, and their namespaces
        Set<String> factNamespaces = new TreeSet<>();
        for (String[] src : sources) {
            Matcher m = FACT_CALL.matcher(src[1]);
            while (m.find()) {
                String name = m.group(1);
                if ("+".equals(m.group(2))) {
                    continue; // a prefix, handled with the dynamic keys
                }
                k.factNames.add(name);
                factNamespaces.add(name.substring(0, name.indexOf('.') < 0 ? name.length() : name.indexOf('.')));
            }
        }
        // pass 2: every literal
        for (String[] src : sources) {
            String file = src[0];
            String code = src[1];
            if (file.startsWith("kumo/domain/procurement/")) {
                continue; // the §5 form's own bundle (section5_*), checked by ProcurementFormTest and on load
            }
            Matcher m = LITERAL.matcher(code);
            while (m.find()) {
                String lit = m.group(1);
                String after = code.substring(m.end()).stripLeading();
                boolean concatenated = after.startsWith("+");
                String before = code.substring(0, m.start()).stripTrailing();
                boolean concatenatedBefore = before.endsWith("+");
                if (concatenatedBefore && ID_SUFFIXES.contains(lit)) {
                    continue; // r.id() + ".action" and the like
                }
                if (concatenated) {
                    String prefix = lit.startsWith("@") ? lit.substring(1) : lit;
                    if (prefix.isEmpty() && after.matches("(?s)^\\+\\s*\\w+\\.id\\(\\)\\s*\\+\\s*\"(\\.[a-z]+)\".*")) {
                        continue; // "@" + risk.id() + ".title"
                    }
                    if ("fact.".equals(prefix)) {
                        continue; // "@fact." + name: the names are collected in pass 1
                    }
                    if ("clause.".equals(prefix)) {
                        continue; // "clause." + id: the clause completeness test demands those keys
                    }
                    List<String> factExpansion = DYNAMIC_FACTS.get(prefix);
                    if (factExpansion != null) {
                        factExpansion.forEach(s -> k.factNames.add(prefix + s));
                        continue;
                    }
                    List<String> expansion = DYNAMIC.get(prefix);
                    if (expansion != null) {
                        expansion.forEach(s -> k.add(prefix + s, file + " (\"" + lit + "\" + …)"));
                    } else if (looksLikeKeyPrefix(prefix, ids)) {
                        k.unknownDynamicPrefixes.add(file + ": \"" + lit + "\" + …");
                    }
                    continue;
                }
                if (lit.startsWith("@") && lit.length() > 1) {
                    String key = lit.substring(1);
                    k.add(key, file);
                    if (key.startsWith("fact.")) {
                        k.factNames.add(key.substring("fact.".length()));
                    }
                    continue;
                }
                if (!lit.matches("[A-Za-z][A-Za-z0-9-]*(\\.[A-Za-z0-9_]+)+")) {
                    continue;
                }
                String ns = lit.substring(0, lit.indexOf('.'));
                if (ids.contains(ns) || MESSAGE_NAMESPACES.contains(ns)) {
                    k.add(lit, file);
                } else if (factNamespaces.contains(ns)) {
                    k.factNames.add(lit);
                }
            }
        }
        for (String fact : k.factNames) {
            k.add("fact." + fact, "fact name");
        }
        return k;
    }

    private void add(String key, String where) {
        keys.computeIfAbsent(key, x -> new ArrayList<>()).add(where);
    }

    private static boolean looksLikeKeyPrefix(String prefix, Set<String> ids) {
        if (!prefix.matches("[A-Za-z][A-Za-z0-9-]*(\\.[A-Za-z0-9_]*)*\\.?")) {
            return false;
        }
        String ns = prefix.contains(".") ? prefix.substring(0, prefix.indexOf('.')) : prefix;
        return ids.contains(ns) || MESSAGE_NAMESPACES.contains(ns) || prefix.endsWith(".");
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** Removes // and /* comments, keeping string and char literals intact. */
    static String stripComments(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '"' && src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                out.append(src, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, n);
                out.append(src, i, j);
                i = j;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}

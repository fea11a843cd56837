package kumo.domain.procurement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Kind;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Requirement;
import kumo.domain.catalogue.Texts;
import kumo.domain.classification.Availability;
import kumo.domain.system.SystemProfile;

/**
 * The policy's §5 (クラウドサービス調達仕様書中、データセンターの非機能要件に関する記載例) as data, extended
 * to every SERVICE requirement of the catalogue: the 利用条件 1.1/1.2, the クラウドサポートレベル table
 * ({@link SupportRow}) and the 別紙 クラウドサービス要件 by 区分 ({@link SpecificationCategory},
 * {@link SpecificationItem}) with the policy's 【推奨事項】 marks.
 *
 * <p>Read from {@code <base>section5.tsv} and the texts {@code <base>section5_ja/_en.properties}. Loading
 * checks the form against its catalogue: every requirement ID named exists and is a SERVICE requirement,
 * every requirement the catalogue flags {@code section5} has an item in the policy's wording, and every
 * SERVICE requirement has an item or a support row — a form that leaves one out fails to load.
 *
 * <p>Which items a given system's specification holds is not decided here: an item appears when one of its
 * requirements applies to the system, as the requirement's own rule decides (kumo.application.spec).
 */
public final class ProcurementForm {

    private final List<SupportRow> supportRows;
    private final List<SpecificationCategory> categories;
    private final List<SpecificationItem> items;
    private final Texts texts;

    private ProcurementForm(List<SupportRow> supportRows, List<SpecificationCategory> categories, Texts texts) {
        this.supportRows = List.copyOf(supportRows);
        this.categories = List.copyOf(categories);
        this.items = categories.stream().flatMap(c -> c.items().stream()).toList();
        this.texts = texts;
    }

    /** Loads the form of a catalogue version from the classpath folder {@code base} and checks it against the catalogue. */
    public static ProcurementForm load(String base, Catalogue catalogue) {
        List<SupportRow> support = new ArrayList<>();
        Map<String, List<SpecificationItem>> byCategory = new LinkedHashMap<>();
        Map<String, Origin> categoryOrigin = new LinkedHashMap<>();
        for (String[] c : Catalogue.rows(base + "section5.tsv")) {
            switch (c[0]) {
                case "support" -> support.add(new SupportRow(c[1], words(c[2]), Integer.parseInt(c[3]), "Y".equals(c[4])));
                case "category" -> categoryOrigin.put(c[1], Origin.valueOf(c[2]));
                case "item" -> {
                    if (!categoryOrigin.containsKey(c[2])) {
                        throw new IllegalStateException("section5.tsv: item " + c[1] + " in an undeclared category " + c[2]);
                    }
                    byCategory.computeIfAbsent(c[2], k -> new ArrayList<>()).add(new SpecificationItem(
                            c[1], c[2], Origin.valueOf(c[3]), "Y".equals(c[4]), words(c[5]), c[6].isEmpty() ? null : c[6]));
                }
                default -> throw new IllegalStateException("section5.tsv: unknown row type " + c[0]);
            }
        }
        List<SpecificationCategory> categories = new ArrayList<>();
        categoryOrigin.forEach((key, origin) -> categories.add(
                new SpecificationCategory(key, origin, byCategory.getOrDefault(key, List.of()))));
        ProcurementForm form = new ProcurementForm(support, categories, Texts.load(base + "section5"));
        form.check(catalogue);
        return form;
    }

    private void check(Catalogue catalogue) {
        Set<String> covered = new TreeSet<>();
        Set<String> coveredByPolicy = new TreeSet<>();
        Set<String> keys = new TreeSet<>();
        for (SupportRow row : supportRows) {
            covered.addAll(row.requirementIds());
            coveredByPolicy.addAll(row.requirementIds());
            require(keys.add("support." + row.key()), "duplicate support row " + row.key());
        }
        for (SpecificationItem item : items) {
            require(keys.add(item.key()), "duplicate item " + item.key());
            require(item.parent() == null || keys.contains(item.parent()), "sub-item " + item.key() + " before its parent");
            require(!item.recommended() || item.origin() == Origin.POLICY, "kumo item " + item.key() + " marked 【推奨事項】");
            require(texts.has("item." + item.key()), "no text item." + item.key());
            covered.addAll(item.requirementIds());
            if (item.origin() == Origin.POLICY) {
                coveredByPolicy.addAll(item.requirementIds());
            }
        }
        for (String id : covered) {
            Requirement r = catalogue.requirement(id);
            require(r != null && r.kind() == Kind.SERVICE, "section5.tsv names " + id + ", not a SERVICE requirement");
        }
        for (Requirement r : catalogue.requirements()) {
            require(!r.section5() || coveredByPolicy.contains(r.id()), r.id() + " is a §5 item without the policy's wording");
            require(r.kind() != Kind.SERVICE || covered.contains(r.id()), "SERVICE requirement " + r.id() + " has no item");
        }
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalStateException("§5 form: " + problem);
        }
    }

    private static List<String> words(String cell) {
        return cell == null || cell.isBlank() ? List.of() : List.of(cell.trim().split("\\s+"));
    }

    /** The rows of 1.2 in the policy's order (the three table rows, then the sentence outside the table). */
    public List<SupportRow> supportRows() {
        return supportRows;
    }

    /** The 区分 of the 別紙 in order: the policy's, then kumo's. */
    public List<SpecificationCategory> categories() {
        return categories;
    }

    /** Every item of the 別紙 in order, sub-items right after their parent. */
    public List<SpecificationItem> items() {
        return items;
    }

    /** The sub-items of an item, in order. */
    public List<SpecificationItem> subItems(SpecificationItem parent) {
        return items.stream().filter(i -> parent.key().equals(i.parent())).toList();
    }

    /**
     * The texts of the form: headings and fixed sentences ({@code title}, {@code conditions.*},
     * {@code support.*}, {@code annex.*}, {@code recommended} = 【推奨事項】), {@code category.<key>},
     * {@code item.<key>} and the support rows' texts.
     */
    public Texts texts() {
        return texts;
    }

    /**
     * An item's wording for a system: the policy's text as it stands; a kumo item may add a sentence with the
     * system's own figure (EXIT-01: the tolerated outage, or, for 可用性2 without one, a note that the city must
     * state it; SEC-06: the tolerated data loss).
     */
    public String text(Language language, SpecificationItem item, SystemProfile system) {
        String base = texts.get(language, "item." + item.key());
        String key = "item." + item.key();
        StringBuilder out = new StringBuilder(base);
        if (item.requirementIds().contains("EXIT-01")) {
            Double hours = system.toleratedOutageHours();
            Availability a = system.classification().availability();
            if (hours != null) {
                out.append(sentenceBreak(language)).append(texts.format(language, key + ".within", List.of(hours(hours))));
            } else if (a != Availability.A1) {
                out.append(sentenceBreak(language)).append(texts.get(language, key + ".statePlease"));
            }
        } else if (item.requirementIds().contains("SEC-06") && system.toleratedDataLossHours() != null) {
            out.append(sentenceBreak(language))
                    .append(texts.format(language, key + ".within", List.of(hours(system.toleratedDataLossHours()))));
        }
        return out.toString();
    }

    private static String sentenceBreak(Language language) {
        return language == Language.EN ? " " : "";
    }

    /** 4.0 → "4", 0.5 → "0.5". */
    static String hours(double h) {
        return h == Math.rint(h) ? String.valueOf((long) h) : String.format(Locale.ROOT, "%s", h);
    }
}

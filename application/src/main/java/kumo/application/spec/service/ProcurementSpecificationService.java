package kumo.application.spec.service;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import kumo.application.document.Documents;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.spec.ProcurementSpecification;
import kumo.application.spec.ProcurementSpecification.Annex;
import kumo.application.spec.ProcurementSpecification.Category;
import kumo.application.spec.ProcurementSpecification.Conditions;
import kumo.application.spec.ProcurementSpecification.Field;
import kumo.application.spec.ProcurementSpecification.Item;
import kumo.application.spec.ProcurementSpecification.Labels;
import kumo.application.spec.ProcurementSpecification.Support;
import kumo.application.spec.ProcurementSpecification.SupportLine;
import kumo.application.spec.ProcurementSpecificationUseCase;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Kind;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Level;
import kumo.domain.catalogue.Requirement;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.Status;
import kumo.domain.catalogue.Texts;
import kumo.domain.classification.InformationClassification;
import kumo.domain.plan.UsagePlan;
import kumo.domain.procurement.Origin;
import kumo.domain.procurement.ProcurementForm;
import kumo.domain.procurement.SpecificationCategory;
import kumo.domain.procurement.SpecificationItem;
import kumo.domain.procurement.SupportRow;
import kumo.domain.service.CloudServiceProfile;
import kumo.domain.service.Deployment;
import kumo.domain.system.SystemProfile;

/**
 * {@link ProcurementSpecificationUseCase} over the catalogue's §5 form. Which SERVICE requirements a system's
 * specification holds is the catalogue's own applicability: each requirement's rule is evaluated for the system
 * and a service of which only the intended deployment is known, and a requirement whose rule answers
 * NOT_APPLICABLE has no item (an unknown fact keeps it, as the assessment does). Exemptions are not applied: they
 * relieve the city's selection (§4(2), §4(4)), not what a specification asks.
 */
public final class ProcurementSpecificationService implements ProcurementSpecificationUseCase {

    private static final byte[] NO_SERVICE = "{}".getBytes(StandardCharsets.UTF_8);

    private final Catalogue catalogue;
    private final Supplier<ProcurementForm> forms;
    private final Documents documents;
    private ProcurementForm form;

    public ProcurementSpecificationService(Catalogue catalogue, ProcurementForm form, Documents documents) {
        this(catalogue, () -> form, documents);
        Objects.requireNonNull(form, "form");
    }

    /** With the form loaded on first use: a program that never writes a specification never reads it. */
    public ProcurementSpecificationService(Catalogue catalogue, Supplier<ProcurementForm> form, Documents documents) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.forms = Objects.requireNonNull(form, "form");
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    @Override
    public ProcurementSpecification specify(byte[] json, Language language, LocalDate today) {
        AssessmentRequestDocument request = documents.read(json, AssessmentRequestDocument.class);
        if (request.service() == null) {
            // the service part may be absent: a specification is written before there is a service
            request = new AssessmentRequestDocument(request.kumo(), request.assessmentDate(), request.catalogueVersion(),
                    request.system(), documents.read(NO_SERVICE, CloudServiceProfileDto.class), request.plan(),
                    request.follows());
        }
        AssessmentRequestDocument valid = documents.validate(request);
        AssessmentRequestDocument.DomainInput input = valid.toDomain();
        LocalDate date = valid.assessmentDateOr(Objects.requireNonNull(today, "today"));
        return specify(input.system(), input.service().deployment(), Objects.requireNonNull(language, "language"), date);
    }

    /** The specification for a system and the deployment the city intends ({@code null}: not decided yet). */
    public ProcurementSpecification specify(SystemProfile system, Deployment deployment, Language language, LocalDate date) {
        ProcurementForm form = form();
        Set<String> applicable = applicable(system, deployment, date);
        Texts t = form.texts();
        Conditions conditions = new Conditions(t.get(language, "conditions.heading"), t.get(language, "conditions.intro"),
                t.get(language, "conditions.provision.heading"), t.get(language, "conditions.provision.text"));
        Set<String> cited = new LinkedHashSet<>();

        List<SupportLine> rows = new ArrayList<>();
        StringBuilder supportText = new StringBuilder(t.get(language, "support.text"));
        List<String> textIds = new ArrayList<>();
        for (SupportRow row : form.supportRows()) {
            if (row.requirementIds().stream().noneMatch(applicable::contains)) {
                continue;
            }
            String requirement = t.get(language, "support." + row.key() + ".requirement");
            if (!row.inTable()) {
                // the sentence outside the table (SUP-04) is a requirement too: it is cited like a row
                supportText.append(language == Language.EN ? " " : "").append(requirement);
                textIds.addAll(row.requirementIds());
                continue;
            }
            List<String> contents = new ArrayList<>();
            for (int i = 1; i <= row.contentLines(); i++) {
                contents.add(t.get(language, "support." + row.key() + ".content." + i));
            }
            rows.add(new SupportLine(requirement, contents, row.requirementIds(),
                    basis(language, Origin.POLICY, row.requirementIds(), cited)));
        }
        String textBasis = textIds.isEmpty() ? "" : t.get(language, "document.basis")
                + t.get(language, "document.basisSeparator") + basis(language, Origin.POLICY, textIds, cited);
        Support support = new Support(t.get(language, "support.heading"), true, supportText.toString(), textBasis,
                t.get(language, "support.table"), t.get(language, "support.column.requirement"),
                t.get(language, "support.column.content"), rows);

        List<Category> categories = new ArrayList<>();
        for (SpecificationCategory category : form.categories()) {
            List<Item> items = new ArrayList<>();
            for (SpecificationItem item : category.items()) {
                if (item.subItem()) {
                    continue;
                }
                List<SpecificationItem> subs = form.subItems(item);
                List<String> ids = new ArrayList<>(item.requirementIds());
                subs.forEach(s -> ids.addAll(s.requirementIds()));
                List<Item> subItems = new ArrayList<>();
                for (SpecificationItem sub : subs) {
                    // a sub-item without IDs is part of its parent's requirement; one with IDs stands on its own
                    if (sub.requirementIds().isEmpty() || sub.requirementIds().stream().anyMatch(applicable::contains)) {
                        subItems.add(new Item(sub.key(), form.text(language, sub, system), sub.recommended(), sub.origin(),
                                sub.requirementIds(), "", List.of()));
                    }
                }
                boolean applies = item.requirementIds().isEmpty()
                        ? !subItems.isEmpty()
                        : item.requirementIds().stream().anyMatch(applicable::contains);
                if (applies) {
                    items.add(new Item(item.key(), form.text(language, item, system), item.recommended(), item.origin(),
                            item.requirementIds(), basis(language, item.origin(), ids, cited), subItems));
                }
            }
            if (!items.isEmpty()) {
                categories.add(new Category(category.key(), t.get(language, "category." + category.key()),
                        category.origin(), items));
            }
        }
        Annex annex = new Annex(t.get(language, "annex.heading"), t.get(language, "annex.column.category"),
                t.get(language, "annex.column.requirement"), t.get(language, "document.basis"), categories);
        Labels labels = new Labels(t.get(language, "recommended"), t.get(language, "document.clauses.heading"),
                t.get(language, "document.clauses.column.id"), t.get(language, "document.clauses.column.label"));
        // a clause's label may name the policy's mark (「…冗長構成【推奨事項】」): in the specification the mark stands on
        // the item itself and nowhere else
        String policyMark = t.get(Language.JA, "recommended");
        List<Field> clauses = cited.stream().map(id -> new Field(id,
                catalogue.texts().get(language, "clause." + id).replace(policyMark, "").strip())).toList();
        return new ProcurementSpecification(language, t.get(language, "document.title"),
                prohibited(system, deployment, language, date), about(system, deployment, language, date),
                t.get(language, "document.source"), conditions, support, annex, labels, clauses);
    }

    private synchronized ProcurementForm form() {
        if (form == null) {
            form = Objects.requireNonNull(forms.get(), "form");
        }
        return form;
    }

    /** The SERVICE requirements whose rule does not answer NOT_APPLICABLE for this system and deployment. */
    private Set<String> applicable(SystemProfile system, Deployment deployment, LocalDate date) {
        RuleContext context = new RuleContext(system, intended(deployment), UsagePlan.empty(), date, catalogue.parameters());
        Set<String> ids = new LinkedHashSet<>();
        for (Requirement r : catalogue.requirements()) {
            if (r.kind() == Kind.SERVICE && catalogue.rule(r.id()).evaluate(context).status() != Status.NOT_APPLICABLE) {
                ids.add(r.id());
            }
        }
        return ids;
    }

    /**
     * The warning that the policy forbids this use, or "": a PROHIBITION requirement (ENT-01 機密性3, ENT-02 マイナンバー
     * 利用事務系) that the system and the intended deployment already break — a department must not issue that tender.
     */
    private String prohibited(SystemProfile system, Deployment deployment, Language language, LocalDate date) {
        RuleContext context = new RuleContext(system, intended(deployment), UsagePlan.empty(), date, catalogue.parameters());
        Texts t = form().texts();
        String separator = t.get(language, "document.listSeparator");
        List<String> broken = new ArrayList<>();
        for (Requirement r : catalogue.requirements()) {
            if (r.kind() == Kind.SERVICE && r.level() == Level.PROHIBITION
                    && catalogue.rule(r.id()).evaluate(context).status() == Status.NOT_MET) {
                broken.add(r.id() + t.format(language, "document.clausesOf", List.of(String.join(separator, r.sourceClauses()))));
            }
        }
        return broken.isEmpty() ? "" : t.format(language, "document.prohibited", List.of(String.join(separator, broken)));
    }

    /** A service of which only the intended deployment is known. */
    private static CloudServiceProfile intended(Deployment deployment) {
        return new CloudServiceProfile(null, null, deployment, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** "別紙 — LAW-01 (§4(2)国内, …)": where the item comes from, its requirement IDs and their clauses. */
    private String basis(Language language, Origin origin, List<String> ids, Set<String> cited) {
        Texts t = form().texts();
        StringBuilder s = new StringBuilder(t.get(language, origin == Origin.POLICY ? "document.fromPolicy" : "document.added"));
        String separator = t.get(language, "document.listSeparator");
        for (int i = 0; i < ids.size(); i++) {
            Requirement r = catalogue.requirement(ids.get(i));
            s.append(i == 0 ? t.get(language, "document.basisSeparator") : separator).append(r.id())
                    .append(t.format(language, "document.clausesOf", List.of(String.join(separator, r.sourceClauses()))));
            cited.addAll(r.sourceClauses());
        }
        return s.toString();
    }

    private List<Field> about(SystemProfile system, Deployment deployment, Language language, LocalDate date) {
        Texts t = form().texts();
        String unknown = t.get(language, "document.unknown");
        InformationClassification k = system.classification();
        String classification = t.format(language, "document.classificationValue", List.of(
                level(k.confidentiality(), unknown), level(k.integrity(), unknown), level(k.availability(), unknown)));
        if (Boolean.TRUE.equals(k.myNumber())) {
            classification += t.get(language, "document.myNumber");
        }
        List<Field> about = new ArrayList<>();
        about.add(new Field(t.get(language, "document.system"), blankToUnknown(system.name(), unknown)));
        about.add(new Field(t.get(language, "document.department"), blankToUnknown(system.department(), unknown)));
        about.add(new Field(t.get(language, "document.classification"), classification));
        about.add(new Field(t.get(language, "document.deployment"), deployment == null
                ? t.get(language, "document.deploymentUndecided")
                : catalogue.texts().get(language, "deployment." + deployment.name())));
        about.add(new Field(t.get(language, "document.catalogue"), t.format(language, "document.catalogueValue",
                List.of(catalogue.version(), catalogue.policyDate().toString()))));
        about.add(new Field(t.get(language, "document.date"), date.toString()));
        return about;
    }

    /** C2 → "2", C3A → "3A", A1 → "1". */
    private static String level(Enum<?> value, String unknown) {
        return value == null ? unknown : value.name().substring(1);
    }

    private static String blankToUnknown(String value, String unknown) {
        return value == null || value.isBlank() ? unknown : value;
    }
}

package kumo.application.document;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.MessageInterpolator;
import kumo.application.document.validation.DeviableRequirement;
import kumo.application.document.validation.KnownRisk;
import kumo.domain.catalogue.Language;

/**
 * Renders every constraint message in Japanese and English at once, joined by {@link #SEPARATOR}, so
 * that one validation pass yields both; {@link Documents} splits them again. Message templates of the
 * form {@code {kumo.…}} are resolved from {@link DocumentMessages}; any other template is handed to the
 * provider's default interpolator (Japanese, and the root locale for English). Placeholders:
 * constraint attributes ({@code {from}}), the rejected value ({@code {rejected}}), components of a
 * validated record ({@code {#confidentiality}}), and the catalogue lists {@code {deviableRequirements}}
 * and {@code {riskIds}}.
 */
final class BilingualMessageInterpolator implements MessageInterpolator {

    static final String SEPARATOR = "\u001F";

    private final MessageInterpolator fallback;
    private final DocumentMessages messages;

    BilingualMessageInterpolator(MessageInterpolator fallback, DocumentMessages messages) {
        this.fallback = fallback;
        this.messages = messages;
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, Locale.ROOT);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return render(messageTemplate, context, Language.JA) + SEPARATOR + render(messageTemplate, context, Language.EN);
    }

    /** The message key of a {@code {kumo.…}} template, else {@code null}. */
    static String key(String template) {
        if (template != null && template.startsWith("{kumo.") && template.endsWith("}")
                && template.indexOf('{', 1) < 0) {
            return template.substring(1, template.length() - 1);
        }
        return null;
    }

    private String render(String template, Context context, Language language) {
        String key = key(template);
        if (key == null || !messages.has(key)) {
            return fallback.interpolate(template, context, language == Language.JA ? Locale.JAPANESE : Locale.ROOT);
        }
        Map<String, LocalizedText> params = new HashMap<>();
        context.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (!name.equals("message") && !name.equals("groups") && !name.equals("payload")) {
                params.put(name, DocumentMessages.same(value));
            }
        });
        Object value = context.getValidatedValue();
        if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    params.put("#" + c.getName(), Echo.of(show(c.getAccessor().invoke(r))));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            params.put("rejected", Echo.of(show(value)));
        }
        params.put("deviableRequirements", DocumentMessages.same(String.join(", ", DeviableRequirement.Validator.ids())));
        params.put("riskIds", DocumentMessages.same(String.join(", ", KnownRisk.Validator.ids())));
        return DocumentMessages.fill(messages.text(language, key), params, language);
    }

    /** A value as shown in a message (before {@link Echo} bounds it): strings quoted, lists joined, {@code null} as "null". */
    static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence s) {
            return "\"" + s + "\"";
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(BilingualMessageInterpolator::show).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }
}

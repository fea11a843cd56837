package kumo.application.records;

import java.util.List;

/**
 * Several of the city's steps to record in order ({@code kumo decide --file}): {@code {"kumo": "city-steps/1",
 * "steps": [step, …]}}, each step a {@link CityStepDocument} (schema {@code docs/schema/city-steps.schema.json}).
 * The first is taken on the assessment named, each later one on the assessment the one before it recorded.
 */
public record CityStepsDocument(String kumo, List<CityStepDocument> steps) {

    /** The {@code kumo} value. */
    public static final String TYPE = "city-steps/1";
}

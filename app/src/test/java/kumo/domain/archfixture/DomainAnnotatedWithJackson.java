package kumo.domain.archfixture;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Breaks (b) and (d, class): a Jackson annotation on a domain type. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DomainAnnotatedWithJackson(String id) {
}

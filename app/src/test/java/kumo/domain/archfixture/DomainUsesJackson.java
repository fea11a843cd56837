package kumo.domain.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks (b): the domain reaches for Jackson. */
public class DomainUsesJackson {

    private final ObjectMapper mapper = new ObjectMapper();

    public String write(Object value) throws Exception {
        return mapper.writeValueAsString(value);
    }
}

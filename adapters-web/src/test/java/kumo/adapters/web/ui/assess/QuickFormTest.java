package kumo.adapters.web.ui.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

/** The form → request translation: unknown stays out of the document, a stored service replaces the typed one. */
class QuickFormTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void unknownAndBlankFieldsAreLeftOutAndYesNoBecomesBooleans() {
        QuickForm form = QuickForm.of(Map.of("confidentiality", "C2", "myNumber", "false", "personalData", "",
                "systemName", "  ", "networkPath", "IP_VPN", "customerManagedKeys", "true")::get);
        ObjectNode request = form.toRequest(mapper, null);
        assertThat(request.toString()).isEqualTo("{\"kumo\":\"assessment-request/2\",\"system\":{\"classification\":"
                + "{\"confidentiality\":\"C2\",\"myNumber\":false}},\"service\":{},\"plan\":{\"networkPath\":\"IP_VPN\","
                + "\"customerManagedKeys\":true}}");
    }

    @Test
    void aValueTheFormDoesNotOfferGoesToTheApplicationAsItIsToBeRefusedThere() {
        ObjectNode request = QuickForm.of(Map.of("myNumber", "perhaps", "confidentiality", "C9")::get).toRequest(mapper, null);
        assertThat(request.at("/system/classification/myNumber").asText()).isEqualTo("perhaps");
        assertThat(request.at("/system/classification/confidentiality").asText()).isEqualTo("C9");
        assertThat(QuickForm.fieldOf("$.system.classification.myNumber", false)).isEqualTo("myNumber");
        assertThat(QuickForm.fieldOf("$.plan.networkPath", false)).isEqualTo("networkPath");
        assertThat(QuickForm.fieldOf("$.plan.riskDecisions[0]", false)).isNull();
    }

    @Test
    void aStoredServiceReplacesTheTypedOneAndKeepsItsFormat() {
        ObjectNode stored = mapper.createObjectNode().put("name", "Stored");
        stored.putObject("dataLocations").putArray("countries").add("JP");
        QuickForm form = QuickForm.of(Map.of("serviceId", "s1", "serviceName", "Typed", "deployment", "PRIVATE")::get);
        ObjectNode request = form.toRequest(mapper, stored);
        assertThat(request.get("service")).isEqualTo(stored);
        assertThat(request.get("kumo").asText()).isEqualTo("assessment-request/1");
        assertThat(QuickForm.fieldOf("$.service.certifications[0].validUntil", true)).isEqualTo("serviceId");
        assertThat(QuickForm.fieldOf("$.service.name", false)).isEqualTo("serviceName");
    }
}

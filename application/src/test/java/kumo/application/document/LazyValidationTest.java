package kumo.application.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.support.Project;

/**
 * {@link Documents} looks up and bootstraps Bean Validation on the first validation, once (the cold start of a command that
 * never validates, docs/performance.md), and validates as before when it does.
 */
class LazyValidationTest {

    /** The default provider's configuration, counting how often a validator factory is built from it. */
    private static Configuration<?> counting(AtomicInteger builds) {
        Configuration<?> real = Validation.byDefaultProvider().configure();
        return (Configuration<?>) Proxy.newProxyInstance(Configuration.class.getClassLoader(),
                new Class<?>[] {Configuration.class}, (proxy, method, args) -> {
                    if (method.getName().equals("buildValidatorFactory")) {
                        builds.incrementAndGet();
                    }
                    try {
                        Object result = method.invoke(real, args);
                        return result == real ? proxy : result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void readingWritingAndParsingWithoutValidationNeverBootstrapsTheProvider() throws IOException {
        AtomicInteger builds = new AtomicInteger();
        Documents documents = new Documents(counting(builds));
        byte[] json = Files.readAllBytes(Project.examples().resolve("full-city-record.json"));

        AssessmentRequestDocument parsed = documents.read(json, AssessmentRequestDocument.class);
        documents.write(parsed);
        assertThatThrownBy(() -> documents.read("{".getBytes(), AssessmentRequestDocument.class))
                .isInstanceOf(InvalidDocumentException.class);

        assertThat(builds).hasValue(0);
    }

    @Test
    void theProviderIsNotEvenLookedUpBeforeTheFirstValidation() throws IOException {
        AtomicInteger lookups = new AtomicInteger();
        Documents documents = new Documents(() -> {
            lookups.incrementAndGet();
            return Validation.byDefaultProvider().configure();
        });
        byte[] json = Files.readAllBytes(Project.examples().resolve("full-city-record.json"));

        documents.write(documents.read(json, AssessmentRequestDocument.class));
        assertThat(lookups).hasValue(0);
        documents.readRequest(json);
        documents.readRequest(json);
        assertThat(lookups).hasValue(1);
    }

    @Test
    void theFirstValidationBootstrapsItOnceAndItValidatesAsBefore() throws IOException {
        AtomicInteger builds = new AtomicInteger();
        Documents documents = new Documents(counting(builds));
        byte[] json = Files.readAllBytes(Project.examples().resolve("full-city-record.json"));

        documents.readRequest(json);
        assertThat(builds).hasValue(1);
        String missingService = "{\"kumo\": \"assessment-request/1\", \"system\": {}}";
        assertThatThrownBy(() -> documents.readRequest(missingService))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.unreadable()).isFalse();
                    assertThat(e.violations()).extracting(Violation::path).contains("$.service");
                    assertThat(e.violations()).allSatisfy(v -> assertThat(v.message().ja()).isNotBlank());
                });
        documents.readRequest(json);

        assertThat(builds).hasValue(1);
    }
}

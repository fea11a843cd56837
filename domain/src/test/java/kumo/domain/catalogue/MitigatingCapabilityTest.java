package kumo.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kumo.domain.service.Capability;
import kumo.domain.testdata.Services;

/** Each mitigating capability reads its own fact of the profile, and only that one. */
class MitigatingCapabilityTest {

    @ParameterizedTest
    @EnumSource(value = Capability.class, mode = EnumSource.Mode.EXCLUDE, names = "DOS_PROTECTION")
    void eachDeclaredCapabilityIsReadByTheConstantOfItsNameAndNoOther(Capability declared) {
        var service = Services.aService().capability(declared, true).build();
        for (MitigatingCapability m : MitigatingCapability.values()) {
            assertThat(m.offeredBy(service)).as(m.name()).isEqualTo(m.name().equals(declared.name()) ? Boolean.TRUE : null);
        }
        var lacking = Services.aService().capability(declared, false).build();
        assertThat(MitigatingCapability.valueOf(declared.name()).offeredBy(lacking)).isFalse();
    }

    @Test
    void dosProtectionMitigatesNothing() {
        assertThat(Arrays.stream(MitigatingCapability.values()).map(Enum::name)).doesNotContain("DOS_PROTECTION");
    }

    @Test
    void theFourReadFromOtherFactsFollowThem() {
        assertThat(MitigatingCapability.DATA_IN_JAPAN.offeredBy(Services.aService().dataInJapan().build())).isTrue();
        assertThat(MitigatingCapability.DATA_IN_JAPAN.offeredBy(Services.aService().dataIn("JP").backupsIn("SG").build())).isFalse();
        assertThat(MitigatingCapability.DATA_LOCATION_KNOWN.offeredBy(Services.aService().dataIn("JP").backupsIn("SG").build())).isTrue();
        assertThat(MitigatingCapability.DATA_LOCATION_KNOWN.offeredBy(Services.aService().dataIn("JP").build())).isNull();
        assertThat(MitigatingCapability.JAPANESE_SUPPORT.offeredBy(Services.aService().japaneseReceptionWeekdays(false).build())).isFalse();
        assertThat(MitigatingCapability.STANDARD_INTERFACES.offeredBy(Services.aService().standardFormats(false).build())).isFalse();
        assertThat(MitigatingCapability.STANDARD_INTERFACES.offeredBy(Services.aService().standardFormats(true).build())).isTrue();
    }
}

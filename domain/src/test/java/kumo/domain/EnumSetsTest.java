package kumo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kumo.domain.service.SupportChannel;
import org.junit.jupiter.api.Test;

class EnumSetsTest {

    @Test
    void copiesIterateInDeclarationOrderWhateverTheInputOrder() {
        List<SupportChannel> all = List.of(SupportChannel.values());
        Set<SupportChannel> reversed = new LinkedHashSet<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            reversed.add(all.get(i));
        }

        assertThat(EnumSets.copyOf(reversed, SupportChannel.class)).containsExactlyElementsOf(all);
        assertThat(EnumSets.copyOf(reversed, SupportChannel.class).toString())
                .isEqualTo(all.toString());
    }

    @Test
    void unknownStaysUnknownAndEmptyStaysEmpty() {
        assertThat(EnumSets.copyOf(null, SupportChannel.class)).isNull();
        assertThat(EnumSets.copyOf(Set.of(), SupportChannel.class)).isEmpty();
    }

    @Test
    void copiesAreUnmodifiableAndRejectNullElements() {
        Set<SupportChannel> copy = EnumSets.copyOf(Set.of(SupportChannel.values()[0]), SupportChannel.class);
        assertThatThrownBy(() -> copy.add(SupportChannel.values()[0])).isInstanceOf(UnsupportedOperationException.class);
        Set<SupportChannel> withNull = new LinkedHashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> EnumSets.copyOf(withNull, SupportChannel.class)).isInstanceOf(NullPointerException.class);
    }
}

package kumo.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UiRoutesTest {

    @Test
    void theLanguageSwitchGoesBackOnlyToAPathOnThisServer() {
        assertThat(UiRoutes.localPath("/assessments?page=2")).isEqualTo("/assessments?page=2");
        assertThat(UiRoutes.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(UiRoutes.localPath("//evil.example/")).isEqualTo("/");
        assertThat(UiRoutes.localPath("/\\evil.example/")).isEqualTo("/");
        assertThat(UiRoutes.localPath("/a\r\nSet-Cookie: x=y")).isEqualTo("/");
        assertThat(UiRoutes.localPath(null)).isEqualTo("/");
    }
}

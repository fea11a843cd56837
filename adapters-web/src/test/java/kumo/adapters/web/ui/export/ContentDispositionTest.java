package kumo.adapters.web.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void anAsciiFallbackAndTheUtf8NamePercentEncoded() {
        assertThat(ContentDisposition.attachment("kumo-子育て \"記録\"-2026-12-07.xlsx")).isEqualTo(
                "attachment; filename=\"kumo-___ ____-2026-12-07.xlsx\"; filename*=UTF-8''kumo-%E5%AD%90%E8%82%B2%E3%81%A6"
                        + "%20%22%E8%A8%98%E9%8C%B2%22-2026-12-07.xlsx");
    }

    @Test
    void controlsSlashesAndPercentNeverReachTheFallback() {
        assertThat(ContentDisposition.ascii("a\r\nb/c\\d%e")).isEqualTo("a__b_c_d_e");
        assertThat(ContentDisposition.encode("a\r\n;")).isEqualTo("a%0D%0A%3B");
    }
}

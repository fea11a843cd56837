package kumo.adapters.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void markupCharactersInTextAndAttributesAreInert() {
        String hostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>&amp;";
        String html = new Html().raw("<p").attr("title", hostile).raw(">").text(hostile).raw("</p>").toString();
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("\"><")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img")
                .contains("&amp;amp;");
        assertThat(html).startsWith("<p title=\"").endsWith("</p>");
    }

    @Test
    void charactersHtmlForbidsBecomeTheReplacementCharacterAndJapaneseIsKept() {
        assertThat(Html.escape("a\u0000b\u001bc\u0085d\ud800e")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
        assertThat(Html.escape("神戸市\t\n😀")).isEqualTo("神戸市\t\n😀");
        assertThat(Html.escape("\udc00x")).isEqualTo("\uFFFDx");
    }
}

package org.songngu.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.songngu.corpus.Language;

class UrlsTest {

    @Test
    void languageMarkersComeOutOfTheKey() {
        Urls.Shape french = Urls.shape("https://www.site.vn/fr/thai-binh.html");
        Urls.Shape vietnamese = Urls.shape("https://site.vn/thai-binh.html");
        assertThat(french.key()).isEqualTo(vietnamese.key());
        assertThat(french.marked()).isEqualTo(Language.FR);
        assertThat(french.kind()).isEqualTo(Urls.MarkerKind.PATH);
        assertThat(vietnamese.marked()).isNull();

        Urls.Shape query = Urls.shape("https://site.vn/view.php?id=58213&lang=en");
        assertThat(query.key())
                .isEqualTo(
                        Urls.shape("https://site.vn/view.php?id=58213&lang=fr").key());
        assertThat(query.kind()).isEqualTo(Urls.MarkerKind.QUERY);

        Urls.Shape subdomain = Urls.shape("https://en.site.vn/a.html");
        assertThat(subdomain.key()).isEqualTo("site.vn/a.html");
        assertThat(subdomain.kind()).isEqualTo(Urls.MarkerKind.SUBDOMAIN);
    }

    @Test
    void oneSpellingPerAddress() {
        assertThat(Urls.normalize("HTTPS://Site.VN:443/a.html?utm_source=fb&id=3#top"))
                .isEqualTo("https://site.vn/a.html?id=3");
        assertThat(Urls.normalize("http://site.vn")).isEqualTo("http://site.vn/");
    }

    @Test
    void numericIdsButNoDates() {
        assertThat(Urls.numericIds("https://site.vn/20240712/bai-viet-71544.html"))
                .containsExactly("71544");
    }
}

package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextExtractorTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="fr"><head>
              <title>Vietnam.vn - Nền tảng quảng bá Việt Nam</title>
              <style>.x { color: red }</style>
              <script>var tracking = "Le Comité a dit";</script>
            </head><body>
              <header><a href="/">Vietnam.vn</a></header>
              <nav><ul><li>Actualités</li><li>Politique</li></ul></nav>
              <div class="breadcrumb">Accueil › Politique</div>
              <div id="top-banner">Footer Banner Agribank</div>
              <article class="article-detail">
                <h1>Améliorer la qualité &amp; l&#39;efficacité</h1>
                <div class="social-share"><button>Partager</button>Facebook</div>
                <p>Le matin du 21&nbsp;décembre, le Comité <b>permanent</b> a tenu une conférence.</p>
                <figure><img src="a.jpg"><figcaption>Délégués participant à la conférence.</figcaption></figure>
                <p>Premi&egrave;re phrase.<br>Deuxième ligne.</p>
                <ul><li>Point un ;</li><li><p>Point deux.</p></li></ul>
                <blockquote>« Dân vận khéo »</blockquote>
                <table><tr><td>Cellule A</td><td>Cellule B</td></tr></table>
                <div class="relatedNews"><article><h3>Un autre article lié</h3></article></div>
                <noscript>Activez JavaScript</noscript>
                <iframe src="https://ads.example"></iframe>
                <form><input name="q"><label>Rechercher</label></form>
              </article>
              <aside><h3>Les plus lus</h3><p>Un titre populaire.</p></aside>
              <section class="comments"><h3>Commentaire (3)</h3><p>Bravo !</p></section>
              <div class="advertisement">Publicité</div>
              <footer><p>© 2023 Vietnam.vn</p></footer>
            </body></html>
            """;

    @Test
    void keepsTheArticleBlocksInOrder() {
        assertThat(HtmlTextExtractor.paragraphs(PAGE))
                .containsExactly(
                        "Améliorer la qualité & l'efficacité",
                        "Le matin du 21\u00A0décembre, le Comité permanent a tenu une conférence.",
                        "Délégués participant à la conférence.",
                        "Première phrase.",
                        "Deuxième ligne.",
                        "Point un ;",
                        "Point deux.",
                        "« Dân vận khéo »",
                        "Cellule A",
                        "Cellule B");
    }

    @Test
    void withoutArticleElementUsesMain() {
        String html = "<body><nav>Menu</nav><main><h2>Titre</h2><p>Corps.</p></main>"
                + "<div class='footer'>Pied</div></body>";
        assertThat(HtmlTextExtractor.paragraphs(html)).containsExactly("Titre", "Corps.");
    }

    @Test
    void withoutArticleOrMainUsesTheBodyMinusChrome() {
        String html = "<body><div id='mainMenu'>Accueil</div><div class='content'><p>Texte.</p>"
                + "<div class='comment-list'><p>Super</p></div></div><script>x()</script></body>";
        assertThat(HtmlTextExtractor.paragraphs(html)).containsExactly("Texte.");
    }

    @Test
    void relatedArticlesNextToTheMainOneAreNotChosen() {
        String html = "<body><article><p>Le vrai article, assez long pour gagner.</p></article>"
                + "<section><article><p>Lié</p></article><article><p>Autre</p></article></section></body>";
        assertThat(HtmlTextExtractor.paragraphs(html)).containsExactly("Le vrai article, assez long pour gagner.");
    }

    @Test
    void pageWithOnlyChromeGivesNothing() {
        assertThat(HtmlTextExtractor.paragraphs("<html><head><script>a()</script></head>"
                        + "<body><nav>Menu</nav><footer>Pied</footer></body></html>"))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "main-nav, true",
        "navbar, true",
        "breadcrumbs, true",
        "social-share, true",
        "relatedNews, true",
        "comment_box, true",
        "top-banner, true",
        "site-footer, true",
        "advertisement, true",
        "advert300, true",
        "article-body, false",
        "canvas, false",
        "content, false",
        "unavailable, false",
        "sharedContent, false"
    })
    void classNamesThatSayChrome(String names, boolean chrome) {
        assertThat(HtmlTextExtractor.namesChrome(names)).isEqualTo(chrome);
    }
}

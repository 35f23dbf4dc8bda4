package org.songngu.review;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.songngu.batch.TranslationNames;
import org.songngu.corpus.LanguagePair;
import org.songngu.quality.ArticleCheck;
import org.songngu.quality.FrenchChecker;
import org.songngu.quality.QualityFinding;
import org.songngu.quality.SentenceCheck;
import org.songngu.store.ArticleStore;
import org.songngu.store.BeadStore;
import org.songngu.store.FindingRow;
import org.springframework.stereotype.Component;

/**
 * Runs the French check again on sentences a reviewer edited, within the request, and stores its
 * findings in place of the old ones. Bounded: only the edited sentences are checked (an edit holds at
 * most 20,000 characters), under the checker's per-article time limit; names from the article's
 * translations are accepted as the job accepts them.
 */
@Component
class FrenchRecheck {

    private final FrenchChecker checker;
    private final ArticleStore articles;
    private final BeadStore store;

    FrenchRecheck(FrenchChecker checker, ArticleStore articles, BeadStore store) {
        this.checker = checker;
        this.articles = articles;
        this.store = store;
    }

    /**
     * Checks {@code sentences}, the article's French sentences from index {@code from} on, and stores
     * the findings and scores; returns a phrase for the reviewer saying what the check found.
     */
    String sentences(String articleId, int from, List<String> sentences) {
        List<String> translations = new ArrayList<>();
        for (LanguagePair pair : LanguagePair.values()) {
            translations.addAll(store.sentences(articleId, pair.target()));
        }
        ArticleCheck check = checker.check(sentences, TranslationNames.in(translations));
        if (check.isFailed()) {
            articles.replaceFindings(articleId, from, sentences.size(), List.of(), null);
            return "the French check could not run on it (" + check.failure() + ")";
        }
        List<FindingRow> rows =
                check.findings().stream().map(finding -> row(from, finding)).toList();
        articles.replaceFindings(
                articleId,
                from,
                sentences.size(),
                rows,
                check.sentences().stream().map(SentenceCheck::score).toList());
        if (rows.isEmpty()) {
            return "the French check finds nothing to flag";
        }
        return "the French check flags " + rows.size() + (rows.size() == 1 ? " problem: " : " problems: ")
                + rows.stream().map(FindingRow::message).limit(3).collect(Collectors.joining(" / "));
    }

    private static FindingRow row(int from, QualityFinding finding) {
        return new FindingRow(
                from + finding.sentence(),
                finding.ruleId(),
                finding.category(),
                finding.message(),
                finding.start(),
                finding.end(),
                finding.suggestions());
    }
}

package org.songngu.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.songngu.corpus.AccentFolding;
import org.songngu.corpus.LanguagePair;
import org.songngu.corpus.SearchKey;
import org.songngu.store.ArticleSummaries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills a database with N articles made from a few templates (the job's articles) through JDBC
 * batches, with everything the application derives from them already computed: each sentence's
 * search key and the article's summary, computed in Java with the application's own code for one
 * article ({@link SearchKey}, {@link ArticleSummaries#summarise}). The search index is not filled
 * here: the application builds it from every article at its first search (a database it has no
 * index for), which the benchmark times. Calling the application's per-article refresh instead
 * ({@code ArticleSummaries.refreshStale}: a read, an update per sentence and the index rows, one
 * article at a time) wrote about 120 articles a minute on the shared machine, hours for 20,000.
 * {@code ReviewScaleFillTest} checks that both store the same rows.
 *
 * <p>Every sentence is varied: a province name swapped where no finding depends on the offsets,
 * and a reference number per article; the beads' confidences are jittered and review progress is
 * spread over to do, in progress and done; the template's findings; a run row each.
 */
final class ReviewScaleFill {

    static final List<String> PROVINCES_VI = List.of(
            "Thái Bình",
            "Nam Định",
            "Hưng Yên",
            "Ninh Bình",
            "Hà Nam",
            "Bắc Ninh",
            "Hải Dương",
            "Thanh Hóa",
            "Nghệ An",
            "Quảng Ninh",
            "Đắk Lắk",
            "Cà Mau",
            "Lào Cai",
            "Bến Tre");
    private static final Pattern PROVINCE = Pattern.compile("Thái Bình|Thai Binh");
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("([.!?…»\"”)\\s]*)$");
    /** Articles per round of batches (each table's rows of these articles in one batch). */
    private static final int ARTICLES_PER_BATCH = 200;

    private final JdbcTemplate jdbc;
    private final ArticleSummaries summaries;

    ReviewScaleFill(JdbcTemplate jdbc, ArticleSummaries summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    /**
     * One of the job's articles: its sentences per language (fr, vi, en), beads ({@code lang_pair,
     * idx, src_start, src_end, tgt_start, tgt_end, confidence}) and findings ({@code sentence_idx,
     * rule_id, category, message, start_pos, end_pos, suggestions}).
     */
    record Template(
            String id,
            String title,
            Map<String, List<String>> sentences,
            List<Object[]> beads,
            List<Object[]> findings) {}

    record Filled(int articles, long sentences, long beads, long findings) {}

    /** The aligned articles stored (by the job) as templates. */
    static List<Template> templates(JdbcClient jdbc) {
        List<Template> templates = new ArrayList<>();
        for (String id : jdbc.sql("SELECT id FROM article WHERE status = 'ALIGNED' ORDER BY id")
                .query(String.class)
                .list()) {
            Map<String, List<String>> sentences = new LinkedHashMap<>();
            for (String lang : List.of("fr", "vi", "en")) {
                sentences.put(
                        lang,
                        jdbc.sql("SELECT content FROM sentence WHERE article_id = ? AND lang = ? ORDER BY idx")
                                .params(id, lang)
                                .query(String.class)
                                .list());
            }
            List<Object[]> beads = jdbc.sql("""
                    SELECT lang_pair, idx, src_start, src_end, tgt_start, tgt_end, confidence FROM bead
                    WHERE article_id = ? ORDER BY lang_pair, idx""")
                    .param(id)
                    .query((rs, row) -> new Object[] {
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getDouble(7)
                    })
                    .list();
            List<Object[]> findings = jdbc.sql("""
                    SELECT sentence_idx, rule_id, category, message, start_pos, end_pos, suggestions FROM finding
                    WHERE article_id = ?""")
                    .param(id)
                    .query((rs, row) -> new Object[] {
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getString(7)
                    })
                    .list();
            String title = jdbc.sql("SELECT title FROM article WHERE id = ?")
                    .param(id)
                    .query(String.class)
                    .single();
            templates.add(new Template(id, title, sentences, beads, findings));
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("the job aligned no article of corpus/");
        }
        return templates;
    }

    /**
     * Adds articles {@code templates.size()} to {@code count - 1} (ids {@code <template id>-<n>}),
     * with their search keys, index rows and summaries. Returns the totals, the templates included
     * in {@code articles}.
     */
    Filled fill(List<Template> templates, int count) {
        Random random = new Random(1);
        Batch batch = new Batch();
        long sentences = 0;
        long beads = 0;
        long findings = 0;
        Timestamp now = Timestamp.from(Instant.now());
        long execution = 1_000_000;
        int made = templates.size();
        for (int n = templates.size(); n < count; n++) {
            Template template = templates.get(n % templates.size());
            String id = template.id() + "-" + n;
            String province = PROVINCES_VI.get(random.nextInt(PROVINCES_VI.size()));
            Set<Integer> frenchWithFindings = new HashSet<>();
            template.findings().forEach(finding -> frenchWithFindings.add((Integer) finding[0]));
            Map<String, List<String>> varied = new LinkedHashMap<>();
            List<String> keys = new ArrayList<>();
            for (Map.Entry<String, List<String>> language : template.sentences().entrySet()) {
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < language.getValue().size(); i++) {
                    boolean keepOffsets = language.getKey().equals("fr") && frenchWithFindings.contains(i);
                    texts.add(vary(language.getValue().get(i), language.getKey(), n, province, keepOffsets));
                    String key = SearchKey.of(texts.get(i));
                    keys.add(key);
                    batch.sentences.add(new Object[] {id, language.getKey(), i, texts.get(i), key});
                }
                varied.put(language.getKey(), texts);
            }
            batch.articles.add(new Object[] {id, vary(template.title(), "vi", n, province, false), now});
            // Review progress: about half to do, a third in progress, the rest done.
            int state = random.nextInt(6);
            List<ArticleSummaries.BeadFacts> facts = new ArrayList<>();
            for (Object[] bead : template.beads()) {
                String pair = (String) bead[0];
                int index = (Integer) bead[1];
                String status = switch (state) {
                    case 0, 1, 2 -> "PENDING";
                    case 3, 4 -> index % 3 == 0 ? "APPROVED" : index % 7 == 0 ? "REJECTED" : "PENDING";
                    default -> index % 9 == 0 ? "REJECTED" : "APPROVED";
                };
                double confidence = Math.max(0, Math.min(1, (Double) bead[6] + (random.nextDouble() - 0.5) / 5));
                String source = String.join(" ", varied.get("fr").subList((Integer) bead[2], (Integer) bead[3]));
                String target =
                        String.join(" ", varied.get(pair.substring(3)).subList((Integer) bead[4], (Integer) bead[5]));
                batch.beads.add(new Object[] {
                    id, pair, index, bead[2], bead[3], bead[4], bead[5], source, target, confidence, status, now
                });
                facts.add(new ArticleSummaries.BeadFacts(
                        LanguagePair.fromCode(pair), status, confidence, source, target));
            }
            for (Object[] finding : template.findings()) {
                batch.findings.add(new Object[] {
                    id, finding[0], finding[1], finding[2], finding[3], finding[4], finding[5], finding[6]
                });
            }
            batch.runs.add(new Object[] {execution, id, now});
            batch.summaries.add(summaries
                    .summarise(varied.get("fr").size(), template.findings().size(), facts)
                    .parameters(now, id));
            made++;
            if (batch.articles.size() == ARTICLES_PER_BATCH || n == count - 1) {
                sentences += batch.sentences.size();
                beads += batch.beads.size();
                findings += batch.findings.size();
                write(batch);
            }
        }
        return new Filled(made, sentences, beads, findings);
    }

    /** The rows of the articles of one round, per table. */
    private static final class Batch {
        final List<Object[]> articles = new ArrayList<>();
        final List<Object[]> sentences = new ArrayList<>();
        final List<Object[]> beads = new ArrayList<>();
        final List<Object[]> findings = new ArrayList<>();
        final List<Object[]> runs = new ArrayList<>();
        final List<Object[]> summaries = new ArrayList<>();

        void clear() {
            List.of(articles, sentences, beads, findings, runs, summaries).forEach(List::clear);
        }
    }

    private void write(Batch batch) {
        jdbc.batchUpdate(
                "INSERT INTO article (id, title, status, check_status, updated_at) VALUES (?, ?, 'ALIGNED', 'OK', ?)",
                batch.articles);
        jdbc.batchUpdate(
                "INSERT INTO sentence (article_id, lang, idx, paragraph, content, search_key)"
                        + " VALUES (?, ?, ?, 0, ?, ?)",
                batch.sentences);
        jdbc.batchUpdate("""
                INSERT INTO bead (article_id, lang_pair, idx, src_start, src_end, tgt_start, tgt_end, src_text,
                                  tgt_text, confidence, status, version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""", batch.beads);
        jdbc.batchUpdate("""
                INSERT INTO finding (article_id, sentence_idx, rule_id, category, message, start_pos,
                    end_pos, suggestions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", batch.findings);
        jdbc.batchUpdate("""
                INSERT INTO run_article (job_execution_id, article_id, outcome, message, recorded_at)
                VALUES (?, ?, 'PROCESSED', NULL, ?)""", batch.runs);
        jdbc.batchUpdate(ArticleSummaries.INSERT, batch.summaries);
        batch.clear();
    }

    /** The sentence with the article's province and its reference number ("(réf. 17)", "(số 17)", "(No. 17)"). */
    private static String vary(String text, String language, int n, String province, boolean keepOffsets) {
        String swapped = text;
        if (!keepOffsets) {
            String name = language.equals("vi") ? province : AccentFolding.fold(province);
            swapped = PROVINCE.matcher(text).replaceAll(Matcher.quoteReplacement(capitalised(name)));
        }
        String reference = switch (language) {
            case "fr" -> " (réf. " + n + ")";
            case "vi" -> " (số " + n + ")";
            default -> " (No. " + n + ")";
        };
        Matcher end = FINAL_PUNCTUATION.matcher(swapped);
        end.find();
        return swapped.substring(0, end.start()) + reference + swapped.substring(end.start());
    }

    private static String capitalised(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            out.append(out.isEmpty() ? "" : " ")
                    .append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1));
        }
        return out.toString();
    }
}

package org.songngu.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The words of every article with their positions, in a Lucene index: one document per article,
 * its sentences' search keys as one field ({@link SentenceWords}), sorted by article id so that a
 * page of matches in id order is read from the start of the index and stops there. A phrase of
 * common words ("comité du Parti", each word in every article) is found from the positions, not by
 * reading sentences. The index is derived data: it records which database it was built from
 * ({@link #database}), and whoever feeds it rebuilds it when that is not the one in use.
 * Thread-safe: Lucene's writer and searchers are.
 */
public final class ArticleTextIndex implements Closeable {

    private static final String ID = "id";
    private static final String TEXT = "text";
    private static final String DATABASE = "songngu.database";
    private static final Sort BY_ID = new Sort(new SortField(ID, SortField.Type.STRING));
    private static final FieldType WORDS = words();

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private ArticleTextIndex(Directory directory, String where) {
        this.directory = directory;
        try {
            IndexWriterConfig config = new IndexWriterConfig().setIndexSort(BY_ID);
            config.setRAMBufferSizeMB(32);
            try {
                this.writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException locked) {
                throw new IllegalStateException("the search index " + where + " is in use by another Songngu process");
            }
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index " + where + ": " + e.getMessage(), e);
        }
    }

    /** An index kept in memory: for a database that is itself in memory, and for tests. */
    public static ArticleTextIndex inMemory() {
        return new ArticleTextIndex(new ByteBuffersDirectory(), "in memory");
    }

    /** The index in {@code folder}, created (readable by its owner only) when missing. */
    public static ArticleTextIndex open(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                try {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the folder keeps its parent's permissions
                }
            }
            return new ArticleTextIndex(FSDirectory.open(folder), folder.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The database this index was last committed for, as given to {@link #commit}; empty when never committed. */
    public String database() {
        for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
            if (entry.getKey().equals(DATABASE)) {
                return entry.getValue();
            }
        }
        return "";
    }

    /** Replaces an article's words with those of its sentences' search keys (in document order); none removes it. */
    public void replace(String articleId, List<String> sentenceKeys) {
        try {
            if (sentenceKeys.isEmpty()) {
                writer.deleteDocuments(new Term(ID, articleId));
                return;
            }
            Document document = new Document();
            document.add(new StringField(ID, articleId, Field.Store.YES));
            document.add(new SortedDocValuesField(ID, new BytesRef(articleId)));
            document.add(new Field(TEXT, new SentenceWords(sentenceKeys), WORDS));
            writer.updateDocument(new Term(ID, articleId), document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + articleId + ": " + e.getMessage(), e);
        }
    }

    /** Removes every article: the index is to be built again. */
    public void removeAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the search index: " + e.getMessage(), e);
        }
    }

    /** Makes the changes so far durable and visible to searches, recorded as built for {@code database}. */
    public void commit(String database) {
        try {
            writer.setLiveCommitData(Map.of(DATABASE, database).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index: " + e.getMessage(), e);
        }
    }

    /**
     * What a search found: article ids in id order; whether each surely holds the phrase; and how
     * many articles match in all, counted up to the number asked ({@code totalExact} false past it).
     */
    public record Matches(List<String> ids, boolean exact, long total, boolean totalExact) {}

    /**
     * The next {@code count} articles, in id order after {@code after} (empty: from the first), that
     * hold {@code phrase} ({@link Matches#exact}) or may hold it (not exact: their sentences decide),
     * among {@code within} when not null; with their number counted up to {@code countUpTo} (at least
     * {@code count}). Counting stops there, so a phrase in every article costs what its first
     * matches cost: the index is sorted by id and its matches come in that order.
     */
    public Matches find(SearchPhrase phrase, String after, int count, Collection<String> within, int countUpTo) {
        IndexSearcher searcher = acquire();
        try {
            SearchPhrase.Asked asked = phrase.ask(TEXT, searcher.getIndexReader());
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(asked.query(), BooleanClause.Occur.FILTER);
            if (!after.isEmpty()) {
                query.add(new TermRangeQuery(ID, new BytesRef(after), null, false, false), BooleanClause.Occur.FILTER);
            }
            if (within != null) {
                query.add(in(within), BooleanClause.Occur.FILTER);
            }
            int wanted = Math.max(1, count);
            TopFieldDocs top = searcher.search(
                    query.build(), new TopFieldCollectorManager(BY_ID, wanted, null, Math.max(wanted, countUpTo)));
            List<String> ids = new ArrayList<>(top.scoreDocs.length);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                ids.add(stored.document(hit.doc).get(ID));
            }
            return new Matches(
                    count == 0 ? List.of() : ids,
                    asked.exact(),
                    top.totalHits.value,
                    top.totalHits.relation == TotalHits.Relation.EQUAL_TO);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the search index: " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    private static Query in(Collection<String> ids) {
        return new TermInSetQuery(ID, ids.stream().map(BytesRef::new).toList());
    }

    /** The number of articles indexed, as of the last commit. */
    public int size() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
        }
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release a search index reader: " + e.getMessage(), e);
        }
    }

    private static FieldType words() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}

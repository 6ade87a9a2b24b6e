using System.Diagnostics;
using LawMonitor.Indexer.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace LawMonitor.Bench.Lucene;

/// <summary>
/// Lucene.Net 4.8 indexing the same units with LawMonitor's analysis (exact, folded and pair fields; BM25
/// k1 1.2, b 0.65) and searching them the way LawMonitor does: every word required, relaxed to any word when
/// fewer than ten units match, pairs and exact forms adding to the score. The peer every search and indexing
/// figure is compared with.
/// </summary>
internal sealed class LucenePeer : IDisposable
{
    private const int RelaxBelow = 10;
    private readonly LegalLuceneAnalyzer analyzer = new();
    private readonly BM25Similarity similarity = new(1.2f, 0.65f);
    private readonly string path;
    private LuceneDirectory? directory;
    private DirectoryReader? reader;
    private IndexSearcher? searcher;

    public LucenePeer(string path)
    {
        this.path = path;
    }

    /// <summary>Bytes of the index on disk.</summary>
    public long SizeOnDisk => new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);

    /// <summary>Indexes <paramref name="units"/> into a new index and commits; returns the seconds taken.</summary>
    public double Build(IEnumerable<PeerUnit> units, double ramBufferMb = 256)
    {
        Close();
        if (System.IO.Directory.Exists(path))
        {
            System.IO.Directory.Delete(path, recursive: true);
        }

        var clock = Stopwatch.StartNew();
        directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = similarity,
            RAMBufferSizeMB = ramBufferMb,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var id = new StringField(LuceneSchema.Id, string.Empty, Field.Store.YES);
            var body = new StoredField(LuceneSchema.Body, string.Empty);
            var title = new TextField(LuceneSchema.TitleFolded, string.Empty, Field.Store.NO);
            var headingExact = new TextField(LuceneSchema.HeadingExact, string.Empty, Field.Store.NO);
            var headingFolded = new TextField(LuceneSchema.HeadingFolded, string.Empty, Field.Store.NO);
            var bodyExact = new TextField(LuceneSchema.BodyExact, string.Empty, Field.Store.NO);
            var bodyFolded = new TextField(LuceneSchema.BodyFolded, string.Empty, Field.Store.NO);
            var pairs = new TextField(LuceneSchema.Pairs, string.Empty, Field.Store.NO);
            var document = new Document { id, body, title, headingExact, headingFolded, bodyExact, bodyFolded, pairs };
            foreach (var unit in units)
            {
                id.SetStringValue(unit.Id);
                body.SetStringValue(unit.Body);
                title.SetStringValue(unit.Title);
                headingExact.SetStringValue(unit.Heading);
                headingFolded.SetStringValue(unit.Heading);
                bodyExact.SetStringValue(unit.Body);
                bodyFolded.SetStringValue(unit.Body);
                pairs.SetStringValue(unit.Heading + "\n" + unit.Body);
                writer.AddDocument(document);
            }

            writer.Commit();
        }

        var seconds = clock.Elapsed.TotalSeconds;
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = similarity };
        return seconds;
    }

    /// <summary>Opens the index an earlier <see cref="Build"/> left in the folder.</summary>
    public void Open()
    {
        Close();
        directory = FSDirectory.Open(path);
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = similarity };
    }

    /// <summary>The ids of the top <paramref name="k"/> units; with <paramref name="snippets"/>, each hit's stored text is read and highlighted too.</summary>
    public List<string> Search(string text, int k, bool snippets = false)
    {
        var words = VietnameseAnalyzer.Tokenize(text);
        if (words.Count == 0 || searcher is null)
        {
            return [];
        }

        var quoted = text.Length > 1 && text[0] == '"' && text[^1] == '"';
        var query = quoted ? Phrase(words) : Compile(words, strict: true);
        var top = searcher.Search(query, k);
        if (!quoted && top.TotalHits < RelaxBelow && words.Count(w => !w.IsKey) >= 2)
        {
            query = Compile(words, strict: false);
            top = searcher.Search(query, k);
        }

        var ids = new List<string>(top.ScoreDocs.Length);
        var highlighter = snippets ? new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new QueryScorer(query, LuceneSchema.BodyFolded)) : null;
        foreach (var hit in top.ScoreDocs)
        {
            var stored = searcher.Doc(hit.Doc);
            ids.Add(stored.Get(LuceneSchema.Id));
            if (highlighter is not null)
            {
                _ = highlighter.GetBestFragment(analyzer, LuceneSchema.BodyFolded, stored.Get(LuceneSchema.Body));
            }
        }

        return ids;
    }

    public void Dispose()
    {
        Close();
        analyzer.Dispose();
    }

    private static Query Compile(IReadOnlyList<Token> tokens, bool strict)
    {
        var query = new BooleanQuery(disableCoord: true);
        Token? previous = null;
        foreach (var token in tokens)
        {
            if (token.IsKey)
            {
                query.Add(Boosted(new TermQuery(new Term(LuceneSchema.BodyExact, token.Text)), LuceneSchema.KeyWeight), Occur.SHOULD);
                continue;
            }

            var word = new BooleanQuery(disableCoord: true)
            {
                { Boosted(new TermQuery(new Term(LuceneSchema.HeadingFolded, token.Folded)), LuceneSchema.HeadingWeight), Occur.SHOULD },
                { Boosted(new TermQuery(new Term(LuceneSchema.BodyFolded, token.Folded)), LuceneSchema.BodyWeight), Occur.SHOULD },
                { Boosted(new TermQuery(new Term(LuceneSchema.TitleFolded, token.Folded)), LuceneSchema.TitleWeight), Occur.SHOULD },
            };
            if (!string.Equals(token.Text, token.Folded, StringComparison.Ordinal))
            {
                word.Add(Boosted(new TermQuery(new Term(LuceneSchema.HeadingExact, token.Text)), LuceneSchema.ExactBonus * LuceneSchema.HeadingWeight), Occur.SHOULD);
                word.Add(Boosted(new TermQuery(new Term(LuceneSchema.BodyExact, token.Text)), LuceneSchema.ExactBonus), Occur.SHOULD);
            }

            query.Add(word, strict ? Occur.MUST : Occur.SHOULD);
            if (previous is not null)
            {
                query.Add(Boosted(new TermQuery(new Term(LuceneSchema.Pairs, VietnameseLuceneTokenizer.Pair(previous.Folded, token.Folded))), LuceneSchema.PairWeight), Occur.SHOULD);
            }

            previous = token;
        }

        return query;
    }

    /// <summary>A quoted query: its folded words one after another in the title, a heading or the body, weighed as words are.</summary>
    private static Query Phrase(IReadOnlyList<Token> tokens)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (field, weight) in new[] { (LuceneSchema.HeadingFolded, LuceneSchema.HeadingWeight), (LuceneSchema.BodyFolded, LuceneSchema.BodyWeight), (LuceneSchema.TitleFolded, LuceneSchema.TitleWeight) })
        {
            var phrase = new PhraseQuery();
            foreach (var token in tokens.Where(t => !t.IsKey))
            {
                phrase.Add(new Term(field, token.Folded));
            }

            query.Add(Boosted(phrase, weight), Occur.SHOULD);
        }

        return query;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    private void Close()
    {
        reader?.Dispose();
        directory?.Dispose();
        (reader, directory, searcher) = (null, null, null);
    }
}

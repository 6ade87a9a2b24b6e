using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;
using static LawMonitor.Indexer.Tests.Support.TestIndex;

namespace LawMonitor.Indexer.Tests.Search;

/// <summary>
/// Ranking from cached postings must give exactly what FTS5 with lm_rank gives: the same totals, facets,
/// notices, hits, order and scores, over the demo corpus's texts and queries drawn from them.
/// </summary>
public sealed class PostingRankingTests : IClassFixture<PostingRankingTests.Corpus>
{
    private readonly Corpus corpus;

    public PostingRankingTests(Corpus corpus) => this.corpus = corpus;

    public sealed class Corpus : IDisposable
    {
        public Corpus()
        {
            var folder = Path.Combine(SharedData.RepositoryRoot, "corpus", "_authoring");
            var documents = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(path =>
            {
                var name = Path.GetFileNameWithoutExtension(path);
                var parts = name.Split('-');
                var type = parts[0] switch { "qd" => "Quyết định", "kh" => "Kế hoạch", _ => "Báo cáo" };
                // Decisions and plans carry their numbers, so a query naming one meets its own number as well as mentions of it.
                var number = parts[0] switch { "qd" => $"{parts[1]}/{parts[2]}/QĐ-UBND", "kh" => $"{parts[1]}/KH-UBND", _ => null };
                return Doc(name, File.ReadAllText(path), number: number, title: name, type: type, issuer: "UBND tỉnh Hòa Phong", date: new DateOnly(int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), 1, 1));
            }).ToArray();
            Index = new TestIndex(documents);
            Words = documents.SelectMany(d => d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                .Select(w => w.Trim(',', '.', ';', ':', '(', ')', '"', '“', '”')).Where(w => w.Length > 1 && char.IsLetter(w[0])).ToList();
        }

        public TestIndex Index { get; }

        public List<string> Words { get; }

        public void Dispose() => Index.Dispose();
    }

    public static TheoryData<string> Shapes => new() { "plain", "folded", "excluded", "alternatives", "filtered", "relaxed", "phrase", "phrase and words", "phrase relaxed", "phrase or word" };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Search_FromCachedPostings_AnswersExactlyAsFts5Does(string shape)
    {
        var fts = new SearchEngine(corpus.Index.Index) { UsePostings = false };
        var cached = new SearchEngine(corpus.Index.Index) { ReadPostingsInline = true };
        var random = new Random(shape.GetHashCode(StringComparison.Ordinal) & 0xFFFF);
        var compared = 0;
        for (var n = 0; n < 60; n++)
        {
            var start = random.Next(corpus.Words.Count - 6);
            var words = corpus.Words.Skip(start).Take(random.Next(1, 5)).ToList();
            var query = shape switch
            {
                "folded" => LawMonitor.Indexer.Analysis.VietnameseAnalyzer.FoldWords(string.Join(' ', words)),
                "excluded" => string.Join(' ', words) + " -" + corpus.Words[random.Next(corpus.Words.Count)],
                "alternatives" => string.Join(' ', words) + " OR " + corpus.Words[random.Next(corpus.Words.Count)],
                "filtered" => string.Join(' ', words) + (n % 2 == 0 ? " nam:2021" : " loai:quyet-dinh"),
                "relaxed" => string.Join(' ', words) + " khongcotutrongvanban",
                "phrase" => Quoted(words),
                "phrase and words" => Quoted(words) + " " + corpus.Words[random.Next(corpus.Words.Count)],
                "phrase relaxed" => Quoted(words) + " " + corpus.Words[random.Next(corpus.Words.Count)] + " khongcotutrongvanban",
                "phrase or word" => Quoted(words) + " OR " + corpus.Words[random.Next(corpus.Words.Count)],
                _ => string.Join(' ', words),
            };

            foreach (var page in new[] { 1, 2 })
            {
                var request = new SearchRequest { Query = query, PageSize = 5, Page = page };
                var actual = cached.Search(request);
                AssertSameAnswer(fts.Search(request), actual);
                compared += actual.Hits.Count;
            }
        }

        Assert.True(compared > 100, $"only {compared} hits compared: the queries hardly match");
        Assert.True(corpus.Index.Index.Postings.Count > 0, "no posting list was cached: the queries did not take the cached path");
    }

    private static string Quoted(IEnumerable<string> words) => "\"" + string.Join(' ', words) + "\"";

    /// <summary>The same totals, relaxation, notices, facets and hits (document, provision, score to the last bit, snippet).</summary>
    private static void AssertSameAnswer(SearchResult expected, SearchResult actual)
    {
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.TotalDocuments, actual.TotalDocuments);
        Assert.Equal(expected.Relaxed, actual.Relaxed);
        Assert.Equal(expected.Notices, actual.Notices);
        Assert.Equal(expected.Facets.Types, actual.Facets.Types);
        Assert.Equal(expected.Facets.Issuers, actual.Facets.Issuers);
        Assert.Equal(expected.Facets.Years, actual.Facets.Years);
        Assert.Equal(expected.Facets.Statuses, actual.Facets.Statuses);
        Assert.Equal(
            expected.Hits.Select(h => (h.DocumentId, h.Path, h.Score, h.Snippet)),
            actual.Hits.Select(h => (h.DocumentId, h.Path, h.Score, h.Snippet)));
    }

    [Theory]
    [InlineData("12/2019/QĐ-UBND")]
    [InlineData("quy chế phối hợp 17/2022/QĐ-UBND")]
    [InlineData("bãi bỏ quyết định 12/2019/QĐ-UBND")]
    [InlineData("ngày 15 tháng 3 năm 2019")]
    [InlineData("Nghị định 59/2012/NĐ-CP ngày 23/7/2012 theo dõi thi hành")]
    [InlineData("báo cáo kết quả 21/2025/QĐ-UBND khongcotutrongvanban")]
    [InlineData("\"theo dõi thi hành\" 14/KH-UBND")]
    public void Search_WithNumbersAndDates_FromCachedPostings_AnswersExactlyAsFts5Does(string query)
    {
        var fts = new SearchEngine(corpus.Index.Index) { UsePostings = false };
        var cached = new SearchEngine(corpus.Index.Index) { ReadPostingsInline = true };

        foreach (var page in new[] { 1, 2 })
        {
            var request = new SearchRequest { Query = query, PageSize = 5, Page = page };
            AssertSameAnswer(fts.Search(request), cached.Search(request));
        }

        Assert.True(fts.Search(new SearchRequest { Query = query }).TotalHits > 0, $"{query}: nothing matches, so nothing was compared");
    }

    [Theory]
    [InlineData("quy định")]
    [InlineData("ủy ban nhân dân")]
    [InlineData("theo quy dinh cua phap luat")]
    [InlineData("sở tư pháp báo cáo")]
    [InlineData("kiểm tra OR hướng dẫn")]
    [InlineData("pháp luật -đất")]
    [InlineData("pháp luật -hướng")]
    [InlineData("quy định nam:2021")]
    [InlineData("tổ chức loai:quyet-dinh")]
    [InlineData("cá nhân có quyền kiểm tra báo cáo hằng năm về đất đai khongcotutrongvanban")]
    [InlineData("\"theo quy định của pháp luật\"")]
    [InlineData("\"pháp luật\" đất đai")]
    [InlineData("\"tổ chức, cá nhân\" có quyền kiểm tra khongcotutrongvanban")]
    [InlineData("\"quy dinh chi tiet\" OR \"huong dan nghiep vu\"")]
    [InlineData("khiếu nại 7/2022/QĐ-UBND khongcotutrongvanban")]
    public void Search_OverManyMatches_ScoresOnlyWhatCanMakeTheBest_AndStillAnswersExactlyAsFts5Does(string query)
    {
        // 4,000 units of stock phrases: far more matches than the 100 best a search keeps.
        using var index = new TestIndex();
        var random = new Random(29);
        string[] phrases =
        [
            "Ủy ban nhân dân cấp tỉnh", "Sở Tư pháp chủ trì", "theo quy định của pháp luật", "kiểm tra tình hình thi hành",
            "báo cáo kết quả hằng năm", "tổ chức, cá nhân", "đất đai và xây dựng", "hướng dẫn nghiệp vụ", "quy định chi tiết",
            "có quyền khiếu nại", "pháp luật về đất đai",
        ];
        var documents = Enumerable.Range(0, 500).Select(d =>
        {
            var text = new System.Text.StringBuilder("QUYẾT ĐỊNH\n");
            for (var a = 1; a <= 8; a++)
            {
                text.Append("Điều ").Append(a).Append(". ").Append(phrases[random.Next(phrases.Length)]).Append('\n');
                for (var s = random.Next(1, 12); s > 0; s--)
                {
                    text.Append(phrases[random.Next(phrases.Length)]).Append(' ');
                }

                text.Append('\n');
            }

            return Doc($"qd-{d}", text.ToString(), number: $"{d}/{2019 + (d % 4)}/QĐ-UBND", title: $"Quy chế {d}", type: d % 3 == 0 ? "Kế hoạch" : "Quyết định", date: new DateOnly(2019 + (d % 4), 3, 1));
        }).ToArray();
        index.Write(documents);
        var fts = new SearchEngine(index.Index) { UsePostings = false };
        var cached = new SearchEngine(index.Index) { ReadPostingsInline = true };

        foreach (var page in new[] { 1, 7 })
        {
            var request = new SearchRequest { Query = query, PageSize = 10, Page = page };
            var expected = fts.Search(request);
            var actual = cached.Search(request);
            AssertSameAnswer(expected, actual);
            Assert.True(actual.TotalHits > 400, $"{actual.TotalHits} matches");
            Assert.Equal(expected.TotalHits, expected.UnitsScored);
            Assert.True(actual.UnitsScored < actual.TotalHits * 0.6, $"{actual.UnitsScored} of {actual.TotalHits} matches scored");
        }
    }

    [Fact]
    public async Task Search_WithListsNotYetCached_IsAnsweredByFts5WhileTheyAreReadInTheBackground()
    {
        using var index = new TestIndex(
            Doc("a", "Điều 1. Hòa giải\nHòa giải ở cơ sở được thực hiện thường xuyên."),
            Doc("b", "Điều 1. Phổ biến\nPhổ biến pháp luật về hòa giải."));
        var first = index.Search("hòa giải");
        await index.Index.Postings.ReadLater([]);
        Assert.Equal(2, index.Index.Postings.Count); // "hoa" and "giai", read after the answer
        var second = index.Search("hòa giải");
        Assert.Equal(first.TotalHits, second.TotalHits);
        Assert.Equal(first.Hits.Select(h => (h.DocumentId, h.Path, h.Score)), second.Hits.Select(h => (h.DocumentId, h.Path, h.Score)));
    }

    [Fact]
    public void Search_AfterACommit_ReadsTheNewGenerationsPostings()
    {
        using var index = new TestIndex(Doc("a", "Điều 1. Hòa giải\nHòa giải ở cơ sở được thực hiện thường xuyên."));
        Assert.Equal(1, index.Search("hoa giai").TotalHits);
        index.Write(Doc("b", "Điều 1. Hòa giải viên\nHòa giải viên được bồi dưỡng nghiệp vụ hòa giải."));
        var after = index.Search("hoa giai");
        Assert.Equal(2, after.TotalHits);
        Assert.Contains(after.Hits, h => h.DocumentId.Value == "b");
        index.Write(Doc("b", "Điều 1. Tuyên truyền\nTuyên truyền pháp luật."));
        Assert.Equal(1, index.Search("hoa giai").TotalHits);
    }
}

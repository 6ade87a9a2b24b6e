using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Search.Query;
using LawMonitor.Indexer.Tests.Support;
using static LawMonitor.Indexer.Tests.Support.TestIndex;

namespace LawMonitor.Indexer.Tests.Search;

/// <summary>Search over a small corpus written for these tests, on a real index.</summary>
public sealed class SearchEngineTests : IClassFixture<SearchEngineTests.Corpus>
{
    private readonly TestIndex index;

    public SearchEngineTests(Corpus corpus) => index = corpus.Index;

    public sealed class Corpus : IDisposable
    {
        public Corpus()
        {
            Index = new TestIndex(
                Doc("nd-19", """
                    CHÍNH PHỦ
                    Số: 19/2020/NĐ-CP
                    NGHỊ ĐỊNH
                    Về kiểm tra, xử lý kỷ luật trong thi hành pháp luật về xử lý vi phạm hành chính
                    Điều 1. Phạm vi điều chỉnh
                    Nghị định này quy định về kiểm tra việc thi hành pháp luật về xử lý vi phạm hành chính.
                    Điều 2. Hình thức kiểm tra
                    1. Kiểm tra thường xuyên.
                    2. Kiểm tra định kỳ theo kế hoạch hằng năm.
                    3. Kiểm tra đột xuất khi có phản ánh của tổ chức, cá nhân.
                    """, "19/2020/NĐ-CP", "Nghị định về kiểm tra, xử lý kỷ luật trong thi hành pháp luật về xử lý vi phạm hành chính",
                    "Nghị định", "Chính phủ", new DateOnly(2020, 2, 12), EffectStatus.InForce),
                Doc("qd-242", """
                    THỦ TƯỚNG CHÍNH PHỦ
                    QUYẾT ĐỊNH
                    Phê duyệt Đề án tăng cường công tác hòa giải ở cơ sở
                    Điều 1. Phê duyệt Đề án
                    Phê duyệt Đề án tăng cường công tác hòa giải ở cơ sở giai đoạn 2019 - 2022.
                    Điều 2. Tổ chức thực hiện
                    Bộ Tư pháp chủ trì, phối hợp với các bộ, ngành tổ chức thực hiện Đề án.
                    """, "242/QĐ-TTg", "Quyết định phê duyệt Đề án tăng cường công tác hòa giải ở cơ sở",
                    "Quyết định", "Thủ tướng Chính phủ", new DateOnly(2019, 2, 22), EffectStatus.Expired),
                Doc("kh-25", """
                    ỦY BAN NHÂN DÂN TỈNH SƠN HÀ
                    KẾ HOẠCH
                    Theo dõi tình hình thi hành pháp luật năm 2024
                    Căn cứ Nghị định số 19/2020/NĐ-CP ngày 12/02/2020 của Chính phủ; Căn cứ Quyết định số 242/QĐ-TTg;
                    I. MỤC ĐÍCH
                    Theo dõi tình hình thi hành pháp luật trong lĩnh vực xử lý vi phạm hành chính và hòa giải ở cơ sở.
                    """, "25/KH-UBND", "Kế hoạch theo dõi tình hình thi hành pháp luật năm 2024",
                    "Kế hoạch", "UBND tỉnh Sơn Hà", new DateOnly(2024, 1, 15), EffectStatus.InForce),
                Doc("accentless", "Hoa giai o co so la cong viec cua to hoa giai. Hoa giai vien duoc boi duong.",
                    title: "Bai viet khong dau", type: "Bài viết", date: new DateOnly(2023, 5, 1)),
                Doc("old-tone", "Công tác hoà giải ở cơ sở được quan tâm. Hoà giải viên được bồi dưỡng nghiệp vụ.",
                    title: "Bài viết về hoà giải", type: "Bài viết", date: new DateOnly(2023, 6, 1)),
                Doc("xss", "Ghi chú <script>alert('x')</script> & \"trích dẫn\" về thi hành pháp luật.",
                    title: "Văn bản có ký tự đặc biệt", type: "Bài viết"),
                Doc("scattered", "Pháp chế ngành và thi đua: luật mới về hành nghề được ban hành.", title: "Tin tổng hợp", type: "Bài viết"),
                Doc("adjacent", "Tăng cường thi hành pháp luật được ban hành cho mọi ngành nghề mới.", title: "Tin tổng hợp", type: "Bài viết"));
        }

        public TestIndex Index { get; }

        public void Dispose() => Index.Dispose();
    }

    [Fact]
    public void Search_AccentlessQuery_MatchesEverythingThatFoldsToIt()
    {
        var ids = index.Search("hoa giai").Hits.Select(h => h.DocumentId.Value).ToHashSet();
        Assert.Superset(new HashSet<string> { "qd-242", "kh-25", "accentless", "old-tone" }, ids);
    }

    [Fact]
    public void Search_QueryWithDiacritics_RanksExactMatchesAboveFoldedOnes()
    {
        var hits = index.Search("hòa giải viên").Hits.Select(h => h.DocumentId.Value).ToList();
        Assert.Contains("accentless", hits);
        Assert.True(hits.IndexOf("old-tone") < hits.IndexOf("accentless"), string.Join(", ", hits));
    }

    [Fact]
    public void Search_OldAndNewTonePlacement_MatchEachOtherExactly()
    {
        var newStyle = index.Search("hòa giải viên").Hits[0].DocumentId;
        var oldStyle = index.Search("hoà giải viên").Hits[0].DocumentId;
        Assert.Equal("old-tone", newStyle.Value);
        Assert.Equal(newStyle, oldStyle);
    }

    [Theory]
    [InlineData("19/2020/NĐ-CP", "nd-19")]
    [InlineData("19/2020/ND-CP", "nd-19")]
    [InlineData("nd 19/2020", "nd-19")]
    [InlineData("Nghị định 19/2020", "nd-19")]
    [InlineData("số 242/QĐ-TTg", "qd-242")]
    [InlineData("242/qd-ttg", "qd-242")]
    [InlineData("QĐ 242", "qd-242")]
    [InlineData("so:25/KH-UBND", "kh-25")]
    public void Search_DocumentNumber_PutsThatDocumentFirst(string query, string document)
    {
        var result = index.Search(query);
        Assert.Equal(document, result.Hits[0].DocumentId.Value);
        Assert.Equal(string.Empty, result.Hits[0].Path.ToString()); // the document itself: its preamble
        Assert.Equal(result.Hits.Count, result.Hits.Select(h => h.DocumentId.Value).Distinct().Count());
    }

    [Fact]
    public void Search_DocumentNumber_AlsoFindsDocumentsCitingIt()
    {
        var ids = index.Search("19/2020/NĐ-CP").Hits.Select(h => h.DocumentId.Value).ToList();
        Assert.Equal(["nd-19", "kh-25"], ids);
    }

    [Fact]
    public void Search_NumberAndWords_GivesTheProvisionOfThatDocument()
    {
        var hit = index.Search("19/2020/NĐ-CP kiểm tra đột xuất").Hits[0];
        Assert.Equal("nd-19", hit.DocumentId.Value);
        Assert.Equal("Điều 2", hit.Path.ToString());
        Assert.Equal("Điều 2.3", hit.MatchPath.ToString());
    }

    [Fact]
    public void Search_ItemOfAPlansSection_IsNamedWithItsSection()
    {
        using var plan = new TestIndex(Doc("kh-9", """
            ỦY BAN NHÂN DÂN TỈNH SƠN HÀ
            KẾ HOẠCH
            Theo dõi tình hình thi hành pháp luật năm 2025
            I. MỤC ĐÍCH, YÊU CẦU
            Kịp thời phát hiện quy định mâu thuẫn, chồng chéo.
            II. NỘI DUNG
            1. Theo dõi chung tình hình thi hành pháp luật trên địa bàn tỉnh.
            2. Khảo sát tình hình thi hành pháp luật về hộ tịch tại các xã trong Quý III.
            3. Tập huấn nghiệp vụ cho công chức cấp xã.
            """, "9/KH-UBND", "Kế hoạch theo dõi tình hình thi hành pháp luật năm 2025", "Kế hoạch"));

        var hit = plan.Search("khảo sát hộ tịch").Hits[0];

        Assert.Equal("Mục II", hit.Path.ToString());
        Assert.Equal("Mục II.2", hit.MatchPath.ToString()); // not "Khoản 2", which would be a clause of no article
    }

    [Fact]
    public void Search_Snippet_HighlightsTheOriginalWordsOfAnAccentlessQuery()
    {
        var hit = index.Search("kiem tra dot xuat").Hits[0];
        Assert.Contains("<mark>Kiểm</mark> <mark>tra</mark> <mark>đột</mark> <mark>xuất</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Snippet_EscapesHtmlInTheDocument()
    {
        var hit = index.Search("ghi chú trích dẫn").Hits.Single(h => h.DocumentId.Value == "xss");
        Assert.DoesNotContain("<script>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal(hit.Snippet.Length, hit.Snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Length + (13 * CountMarks(hit.Snippet)));
    }

    [Fact]
    public void Search_AdjacentWords_RankAboveTheSameWordsScattered()
    {
        var ids = index.Search("thi hành pháp luật ban hành ngành").Hits.Select(h => h.DocumentId.Value).ToList();
        Assert.True(ids.IndexOf("adjacent") < ids.IndexOf("scattered"), string.Join(", ", ids));
    }

    [Fact]
    public void Search_Phrase_RequiresTheWordsTogether()
    {
        var ids = index.Search("\"thi hành pháp luật\"").Hits.Select(h => h.DocumentId.Value).ToHashSet();
        Assert.Contains("adjacent", ids);
        Assert.DoesNotContain("scattered", ids);
    }

    [Fact]
    public void Search_Exclusion_RemovesMatchingDocuments()
    {
        var ids = index.Search("thi hành pháp luật -\"vi phạm\"").Hits.Select(h => h.DocumentId.Value).ToHashSet();
        Assert.DoesNotContain("nd-19", ids);
        Assert.Contains("adjacent", ids);
    }

    [Fact]
    public void Search_Or_AcceptsEitherWord()
    {
        var ids = index.Search("\"kỷ luật\" OR \"hòa giải\"").Hits.Select(h => h.DocumentId.Value).ToHashSet();
        Assert.Contains("nd-19", ids);
        Assert.Contains("qd-242", ids);
    }

    [Fact]
    public void Search_Filters_RestrictByTypeYearStatusAndIssuer()
    {
        Assert.All(index.Search("thi hành loai:nghị-định").Hits, h => Assert.Equal("Nghị định", h.Type));
        Assert.All(index.Search("hòa giải nam:2019..2020").Hits, h => Assert.InRange(h.IssueDate!.Value.Year, 2019, 2020));
        Assert.All(index.Search("hòa giải hieu-luc:het-hieu-luc").Hits, h => Assert.Equal(EffectStatus.Expired, h.Status));
        Assert.Equal(["kh-25"], index.Search("pháp luật co-quan:\"sơn hà\"").Hits.Select(h => h.DocumentId.Value).Distinct());
    }

    [Fact]
    public void Search_FiltersOnly_ListsDocumentsNewestFirst()
    {
        var result = index.Search("loai:bai-viet");
        Assert.Equal(5, result.TotalHits);
        Assert.Equal("old-tone", result.Hits[0].DocumentId.Value);
        Assert.Empty(result.Notices);
    }

    [Fact]
    public void Search_Facets_CountMatchingDocuments()
    {
        var result = index.Search("thi hành pháp luật");
        var types = result.Facets.Types.ToDictionary(f => f.Label, f => f.Count);
        Assert.Equal(1, types["Nghị định"]);
        Assert.Equal(1, types["Kế hoạch"]);
        // Every document is under its effect, but a plan or an article whose effect is unknown, which is moot:
        // those are counted under none, as their hits show none.
        var documents = result.Hits.DistinctBy(h => h.DocumentId).ToList();
        Assert.Equal(result.TotalDocuments, documents.Count);
        var moot = documents.Count(h => LawMonitor.Indexer.Legal.Effect.EffectRule.EffectIsMoot(h.Type, h.Status));
        Assert.True(moot > 0);
        Assert.Equal(result.TotalDocuments - moot, result.Facets.Statuses.Sum(s => s.Count));
        Assert.Contains(result.Facets.Years, y => y.Value == "2024");
        Assert.Contains(result.Facets.Statuses, s => s.Label == "Còn hiệu lực");
    }

    [Theory]
    [InlineData("luật", "\"luat\"")]
    [InlineData("\"hoa giai\"", "\"hoa giai\"")]
    [InlineData("\"thi hành\" -kỷ", "\"thi hanh\" NOT \"ky\"")]
    public void Search_Totals_EqualAnIndependentCount(string query, string expression)
    {
        var result = index.Search(query);
        using var connection = index.Index.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), count(DISTINCT rowid >> 22) FROM unit_fts WHERE unit_fts MATCH $m";
        command.Parameters.AddWithValue("$m", expression);
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.Equal(reader.GetInt64(0), result.TotalHits);
        Assert.Equal(reader.GetInt64(1), result.TotalDocuments);
    }

    [Fact]
    public void Search_Pages_AreDisjointAndAddUpToTheTotal()
    {
        var first = index.Engine.Search(new SearchRequest { Query = "pháp luật", PageSize = 2, Page = 1 });
        var second = index.Engine.Search(new SearchRequest { Query = "pháp luật", PageSize = 2, Page = 2 });
        Assert.Equal(2, first.Hits.Count);
        Assert.Empty(first.Hits.Select(h => (h.DocumentId, h.Path)).Intersect(second.Hits.Select(h => (h.DocumentId, h.Path))));
        var all = index.Engine.Search(new SearchRequest { Query = "pháp luật", PageSize = 100 });
        Assert.Equal(all.TotalHits, all.Hits.Count);
    }

    [Fact]
    public void Search_LongQuestion_RelaxesToAnyWordAndSaysSo()
    {
        var result = index.Search("Theo quy định thì hòa giải viên ở cơ sở có được bồi dưỡng nghiệp vụ hằng năm hay không?");
        Assert.True(result.Relaxed);
        Assert.Equal("old-tone", result.Hits[0].DocumentId.Value);
        Assert.NotEmpty(result.Notices);
    }

    [Fact]
    public void Search_WithRelaxingOff_AnswersOnlyUnitsHoldingEveryWord()
    {
        var result = index.Engine.Search(new SearchRequest { Query = "Theo quy định thì hòa giải viên ở cơ sở có được bồi dưỡng nghiệp vụ hằng năm hay không?", AllowRelaxing = false });

        Assert.False(result.Relaxed);
        Assert.Empty(result.Hits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"unbalanced quote")]
    [InlineData("NEAR(thi hành, pháp luật)")]
    [InlineData("pháp*")]
    [InlineData("^luật")]
    [InlineData("body:luật")]
    [InlineData("(thi OR hành")]
    [InlineData("thi AND hành NOT luật")]
    [InlineData("!!! ??? ...")]
    [InlineData("-")]
    [InlineData("-luật")]
    [InlineData("OR OR OR")]
    [InlineData("'; DROP TABLE documents; --")]
    [InlineData("\") OR 1=1 --")]
    [InlineData("\0\u0001\u001f")]
    [InlineData("😀 🚀")]
    [InlineData("so: nam: loai: hieu-luc:")]
    [InlineData("nam:abc hieu-luc:xyz")]
    [InlineData("{title body} : luật")]
    public void Search_AnythingTyped_GivesResultsOrAMessage(string query)
    {
        var result = index.Search(query);
        Assert.DoesNotContain(result.Notices, n => n.Contains("Không thực hiện được", StringComparison.Ordinal));
        Assert.Equal(8, index.Engine.Search(new SearchRequest { Query = "nguon:test", PageSize = 100 }).TotalHits);
    }

    [Fact]
    public void Search_TenThousandCharacters_IsAnsweredWithANotice()
    {
        var query = string.Concat(Enumerable.Repeat("thi hành pháp luật ", 600))[..10_000];
        var result = index.Search(query);
        Assert.NotEmpty(result.Notices);
        Assert.NotEmpty(result.Hits);
    }

    [Fact]
    public void Search_EmptyQuery_SaysWhatToType()
    {
        var result = index.Search("");
        Assert.Empty(result.Hits);
        Assert.Contains(result.Notices, n => n.StartsWith("Hãy nhập", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_PageBeyondTheLimit_IsRefusedWithANotice()
    {
        var result = index.Engine.Search(new SearchRequest { Query = "luật", Page = 200, PageSize = 10 });
        Assert.Empty(result.Hits);
        Assert.NotEmpty(result.Notices);
    }

    [Fact]
    public void Search_RequestFilters_MergeWithQueryFilters()
    {
        var result = index.Engine.Search(new SearchRequest { Query = "pháp luật", Filters = new QueryFilters { TypeKey = "ke hoach" } });
        Assert.Equal(["kh-25"], result.Hits.Select(h => h.DocumentId.Value).Distinct());
    }

    private static int CountMarks(string html)
    {
        var count = 0;
        for (var i = html.IndexOf("<mark>", StringComparison.Ordinal); i >= 0; i = html.IndexOf("<mark>", i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

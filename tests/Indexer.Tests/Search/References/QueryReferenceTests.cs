using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Search.References;
using LawMonitor.Indexer.Tests.Support;
using static LawMonitor.Indexer.Tests.Support.TestIndex;

namespace LawMonitor.Indexer.Tests.Search.References;

/// <summary>Queries that name a provision or a document, on a real index of documents written for these tests.</summary>
public sealed class QueryReferenceTests : IClassFixture<QueryReferenceTests.Corpus>
{
    private readonly TestIndex index;

    public QueryReferenceTests(Corpus corpus) => index = corpus.Index;

    public sealed class Corpus : IDisposable
    {
        public Corpus()
        {
            Index = new TestIndex(
                Doc("luat-tthc", """
                    Điều 1. Phạm vi điều chỉnh
                    Luật này quy định về khiếu kiện hành chính và việc giải quyết vụ án hành chính tại Tòa án.
                    Điều 2. Đình chỉ giải quyết vụ án
                    1. Tòa án đình chỉ giải quyết vụ án khi người khởi kiện rút đơn khởi kiện.
                    2. Tòa án đình chỉ giải quyết vụ án khi người khởi kiện đã chết.
                    Điều 3. Thời hiệu khởi kiện
                    Thời hiệu khởi kiện đối với quyết định hành chính là 01 năm.
                    """, title: "Luật Tố tụng hành chính", type: "Luật"),
                Doc("blds", """
                    Điều 1. Phạm vi điều chỉnh
                    Bộ luật này quy định địa vị pháp lý, chuẩn mực pháp lý về cách ứng xử của cá nhân, pháp nhân.
                    Điều 2. Người chưa thành niên
                    Người chưa thành niên là người chưa đủ mười tám tuổi; việc đình chỉ giải quyết vụ án không áp dụng.
                    """, title: "Bộ luật Dân sự", type: "Bộ luật"),
                Doc("blhs", """
                    Điều 1. Nhiệm vụ của Bộ luật Hình sự
                    Bộ luật Hình sự có nhiệm vụ bảo vệ chế độ, bảo vệ quyền con người.
                    Điều 2. Cơ sở của trách nhiệm hình sự
                    Chỉ người nào phạm một tội đã được Bộ luật Hình sự quy định mới phải chịu trách nhiệm hình sự.
                    """, title: "Bộ luật Hình sự", type: "Bộ luật"),
                Doc("bldsu", """
                    Điều 1. Phạm vi
                    Bộ luật này quy định về đường sắt và đình chỉ giải quyết vụ án trên đường sắt.
                    """, title: "Bộ luật Đường sắt", type: "Bộ luật"),
                Doc("nd-19", """
                    CHÍNH PHỦ
                    Số: 19/2020/NĐ-CP
                    NGHỊ ĐỊNH
                    Về kiểm tra việc thi hành pháp luật
                    Điều 1. Phạm vi điều chỉnh
                    Nghị định này quy định về kiểm tra việc thi hành pháp luật về xử lý vi phạm hành chính.
                    Điều 2. Hình thức kiểm tra
                    1. Kiểm tra thường xuyên.
                    2. Kiểm tra định kỳ theo kế hoạch hằng năm.
                    """, "19/2020/NĐ-CP", "Nghị định về kiểm tra việc thi hành pháp luật", "Nghị định", "Chính phủ"),
                Doc("kh-khac", """
                    Kế hoạch kiểm tra việc thi hành pháp luật về xử lý vi phạm hành chính năm 2024, kiểm tra định kỳ theo kế hoạch hằng năm,
                    kiểm tra định kỳ và kiểm tra thường xuyên, hình thức kiểm tra định kỳ.
                    """, title: "Kế hoạch kiểm tra", type: "Kế hoạch"),
                Doc("qd-21", Legal.StructureParserTests.DecisionWithRegulation, "21/2025/QĐ-UBND", "Ban hành Quy chế phối hợp theo dõi thi hành pháp luật", "Quyết định", "Ủy ban nhân dân tỉnh Hòa Phong"));
        }

        public TestIndex Index { get; }

        public void Dispose() => Index.Dispose();
    }

    [Theory]
    [InlineData("Theo Điều 2 Luật Tố tụng hành chính, khi nào Tòa án đình chỉ giải quyết vụ án?", "luat-tthc", "Điều 2")]
    [InlineData("dieu 3 luat to tung hanh chinh", "luat-tthc", "Điều 3")]
    [InlineData("Luật TTHC Điều 3 thời hiệu", "luat-tthc", "Điều 3")]
    [InlineData("khoản 2 Điều 2 luật tthc người khởi kiện đã chết", "luat-tthc", "Điều 2")]
    [InlineData("dieu 2 bo luat dan su nam 2015", "blds", "Điều 2")]
    [InlineData("Điều 2 của Bộ luật Hình sự", "blhs", "Điều 2")]
    [InlineData("Điều 2 Nghị định 19/2020/NĐ-CP", "nd-19", "Điều 2")]
    [InlineData("điều 2 nghị định 19 kiểm tra định kỳ", "nd-19", "Điều 2")]
    [InlineData("Điều 2 NĐ 19", "nd-19", "Điều 2")]
    [InlineData("khoản 1 Điều 2 Quy chế ban hành kèm theo Quyết định số 21/2025/QĐ-UBND", "qd-21", "Quy chế: Điều 2")]
    [InlineData("dieu 2 quy che kem theo qd 21/2025", "qd-21", "Quy chế: Điều 2")]
    [InlineData("Điều 2 của Quy chế Quyết định 21/2025", "qd-21", "Quy chế: Điều 2")]
    [InlineData("Điều 2 Quyết định 21/2025/QĐ-UBND", "qd-21", "Điều 2")] // the decision's own Điều 2 first
    [InlineData("Điều 1 phạm vi điều chỉnh QĐ 21/2025", "qd-21", "Quy chế: Điều 1")] // the document named, its words pick the quy chế's Điều 1
    public void NamedProvision_ComesFirst(string query, string document, string path)
    {
        var result = index.Search(query);

        Assert.NotEmpty(result.Hits);
        Assert.Equal(document, result.Hits[0].DocumentId.Value);
        Assert.Equal(path, result.Hits[0].Path.ToString());
        var reference = Assert.Single(result.References);
        Assert.True(reference.Found);
        Assert.Contains(result.Notices, n => n.StartsWith("Đã nhận ra: ", StringComparison.Ordinal) && n.Contains(reference.Label, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("khoản 1 Điều 2 luật tthc người khởi kiện đã chết", "Điều 2.1", "1. Tòa án")] // the clause named, not the one the other words match (2)
    [InlineData("khoan 2 dieu 2 luat to tung hanh chinh", "Điều 2.2", "2. Tòa án")]
    [InlineData("điểm a khoản 2 Điều 2 Luật Tố tụng hành chính", "Điều 2.2", "2. Tòa án")] // a clause without points: the clause
    [InlineData("khoản 9 Điều 2 Luật Tố tụng hành chính", "Điều 2", "Điều 2.")] // a clause the article lacks: the article
    public void NamedClause_IsWhereThePinnedArticleIsShown_AndQuoted(string query, string matchPath, string quoted)
    {
        var hit = index.Search(query).Hits[0];

        Assert.Equal(("luat-tthc", "Điều 2"), (hit.DocumentId.Value, hit.Path.ToString()));
        Assert.Equal(matchPath, hit.MatchPath.ToString());
        Assert.StartsWith(quoted, System.Text.RegularExpressions.Regex.Replace(hit.Snippet, "<[^>]+>", string.Empty).TrimStart('…'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dieu 2 quy che qd 21/2025", "qd-21", "Quy chế: Điều 2")] // a number alone besides: one card per document after the named provision
    [InlineData("Điều 3 Luật Tố tụng hành chính rút đơn", "luat-tthc", "Điều 3")]
    [InlineData("Điều 3 luật tthc đình chỉ", "luat-tthc", "Điều 3")]
    [InlineData("Điều 2 NĐ 19 xử lý vi phạm hành chính", "nd-19", "Điều 2")]
    [InlineData("Điều 1 Bộ luật Dân sự người chưa thành niên", "blds", "Điều 1")]
    public void NamedProvisionWithoutTheOtherWords_IsCountedAmongTheResults(string query, string document, string path)
    {
        var result = index.Search(query, pageSize: 100);

        Assert.Equal((document, path), (result.Hits[0].DocumentId.Value, result.Hits[0].Path.ToString()));
        Assert.Equal(result.Hits.Count, result.TotalHits); // every card shown is counted, the named one too ("2 quy định" above three cards would not add up)
        Assert.Equal(result.Hits.Select(h => h.DocumentId).Distinct().Count(), result.TotalDocuments);
    }

    [Fact]
    public void NamedProvisionOutsideTheMatches_IsCountedOnce_BesidesEveryMatch()
    {
        // Enough provisions hold every word for the search not to relax: the named Điều 1 holds none of them.
        var articles = string.Join("\n", Enumerable.Range(2, 14).Select(n => $"Điều {n}. Đình chỉ trường hợp {n}\nTòa án đình chỉ giải quyết vụ án trong trường hợp thứ {n}."));
        using var own = new TestIndex(Doc("luat-tthc", "Điều 1. Phạm vi điều chỉnh\nLuật này quy định về khiếu kiện hành chính.\n" + articles, title: "Luật Tố tụng hành chính", type: "Luật"));

        var result = own.Search("Điều 1 Luật Tố tụng hành chính đình chỉ giải quyết vụ án", pageSize: 100);

        Assert.Equal("Điều 1", result.Hits[0].Path.ToString());
        Assert.False(result.Relaxed);
        Assert.Equal((15, 15L), (result.Hits.Count, result.TotalHits));
    }

    [Fact]
    public void Reference_SaysWhatWasRecognised_InTheOfficersWords()
    {
        var result = index.Search("khoan 2 dieu 2 luat tthc");

        var reference = Assert.Single(result.References);
        Assert.Equal("khoan 2 dieu 2 luat tthc", reference.Text);
        Assert.Equal(ProvisionPath.Parse("Điều 2.2"), reference.Path);
        Assert.Equal("Luật Tố tụng hành chính", reference.Document);
        Assert.Equal("khoản 2 Điều 2 Luật Tố tụng hành chính", reference.Label);
    }

    [Fact]
    public void TheWordsThatNameTheProvision_AreNotSearchedFor_SoOtherArticlesAreNotMatchedOnDieu()
    {
        var result = index.Search("Điều 3 Luật Tố tụng hành chính khởi kiện");

        Assert.Equal("Điều 3", result.Hits[0].Path.ToString());
        Assert.All(result.Hits, h => Assert.DoesNotContain("<mark>Điều</mark>", h.Snippet, StringComparison.Ordinal));
        Assert.Contains(result.Hits.Skip(1), h => h.Snippet.Contains("<mark>khởi</mark>", StringComparison.Ordinal));
    }

    [Fact]
    public void NamedDocument_WithoutProvision_RanksItsOwnProvisionsAboveTheSameWordsElsewhere()
    {
        var plain = index.Search("kiểm tra định kỳ theo kế hoạch hằng năm");
        var named = index.Search("Nghị định 19/2020/NĐ-CP kiểm tra định kỳ theo kế hoạch hằng năm");

        Assert.Equal("kh-khac", plain.Hits[0].DocumentId.Value); // the plan repeats the words more often
        Assert.Equal("nd-19", named.Hits[0].DocumentId.Value);
        Assert.Equal("Điều 2", named.Hits[0].Path.ToString());
        Assert.Null(Assert.Single(named.References).Path);
    }

    [Fact]
    public void NamedProvision_ThatTheIndexLacks_IsSaid_AndTheSearchGoesOn()
    {
        var result = index.Search("Điều 99 Luật Tố tụng hành chính đình chỉ giải quyết vụ án");

        var reference = Assert.Single(result.References);
        Assert.False(reference.Found);
        Assert.Contains(result.Notices, n => n.Contains("Không có Điều 99 Luật Tố tụng hành chính", StringComparison.Ordinal));
        Assert.Equal("luat-tthc", result.Hits[0].DocumentId.Value);
    }

    [Fact]
    public void AbbreviationTwoNamesShare_StandsForNeither()
    {
        // "Bộ luật Dân sự" and "Bộ luật Đường sắt" are both "BLDS" once folded.
        var result = index.Search("Điều 2 BLDS");

        Assert.Empty(result.References);
        Assert.DoesNotContain(result.Notices, n => n.StartsWith("Đã nhận ra", StringComparison.Ordinal));
    }

    [Fact]
    public void WordsThatOnlyLookLikeAReference_AreNotOne()
    {
        var result = index.Search("đình chỉ giải quyết vụ án điều kiện");

        Assert.Empty(result.References);
    }

    [Theory]
    [InlineData("bo luat hinh su", new[] { "blhs", "bo luat hs" })]
    [InlineData("luat to tung hanh chinh", new[] { "ltthc", "luat tthc" })]
    [InlineData("luat an ninh mang", new[] { "luat anm" })] // "lanm" has a vowel: it could be a word
    [InlineData("hien phap", new string[0])]
    public void Abbreviations_AreInitials_AndTheTypeWithInitials(string name, string[] expected) =>
        Assert.Equal(expected, NamedDocumentDirectory.Abbreviations(name).ToArray());

    [Fact]
    public void AnArticleOnlyTheQuyCheHas_IsFoundInIt_ThoughTheQueryLeavesTheQuyCheOut()
    {
        var result = index.Search("khoản 2 Điều 2 Quyết định 21/2025 thời hạn báo cáo");
        var own = index.Search("Điều 1 Quyết định 21/2025");

        Assert.Equal(("qd-21", "Quy chế: Điều 2"), (result.Hits[0].DocumentId.Value, result.Hits[0].Path.ToString())); // the decision's Điều 2 first, then the quy chế's
        Assert.Equal(["Điều 1", "Quy chế: Điều 1"], own.Hits.Take(2).Select(h => h.Path.ToString()));
        Assert.Equal("khoản 2 Điều 2 Quy chế ban hành kèm theo Quyết định số 21/2025/QĐ-UBND",
            Assert.Single(index.Search("khoản 2 Điều 2 Quy chế kèm theo Quyết định 21/2025").References).Label);
    }
}

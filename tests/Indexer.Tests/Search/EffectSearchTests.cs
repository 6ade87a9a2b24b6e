using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Search;

/// <summary>Search knows what has been repealed: the derived effect follows a later document in the same batch.</summary>
public sealed class EffectSearchTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    private const string Coordination = """
        ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
        Số: 12/2019/QĐ-UBND
        QUYẾT ĐỊNH
        Ban hành Quy chế phối hợp trong công tác theo dõi tình hình thi hành pháp luật
        Điều 1. Phạm vi điều chỉnh
        Quy chế này quy định việc phối hợp giữa các sở, ngành trong công tác theo dõi tình hình thi hành pháp luật.
        Điều 2. Trách nhiệm báo cáo
        Các sở, ngành gửi báo cáo về Sở Tư pháp trước ngày 15 tháng 11 hằng năm.
        """;

    private const string Repealing = """
        ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
        Số: 05/2025/QĐ-UBND
        QUYẾT ĐỊNH
        Bãi bỏ một văn bản quy phạm pháp luật
        Điều 1. Bãi bỏ Quyết định số 12/2019/QĐ-UBND ngày 15 tháng 3 năm 2019 của Ủy ban nhân dân tỉnh Hòa Phong.
        Điều 2. Quyết định này có hiệu lực kể từ ngày 10 tháng 5 năm 2025.
        """;

    [Fact]
    public async Task RepealingDocumentIngestedLater_EndsTheRepealed_InBadgesFilterAndFacets_KeepingItsStatedStatus()
    {
        var index = await IngestedTexts.IndexAsync(data.Path, ("qd-12-2019.txt", Coordination));
        var engine = new SearchEngine(index);
        Assert.Empty(engine.Search(new SearchRequest { Query = "phoi hop hieu-luc:het-hieu-luc" }).Hits);

        await IngestedTexts.IndexAsync(data.Path, ("qd-05-2025.txt", Repealing));
        var ended = engine.Search(new SearchRequest { Query = "phoi hop hieu-luc:het-hieu-luc" });
        var repealed = index.Documents.Get(ended.Hits[0].DocumentId is var id ? DocumentId.Create(id.Value) : default)!;

        Assert.NotEmpty(ended.Hits);
        Assert.All(ended.Hits, h => Assert.Equal(EffectStatus.Expired, h.Status));
        Assert.All(ended.Hits, h => Assert.StartsWith("qd-12-2019", h.DocumentId.Value, StringComparison.Ordinal));
        Assert.Contains(ended.Facets!.Statuses, f => f.Value == "het-hieu-luc" && f.Label == "Hết hiệu lực toàn bộ");
        Assert.Equal(EffectStatus.Unknown, repealed.Document.Status);
        Assert.Equal(EffectStatus.Expired, repealed.Effect.Status);
        Assert.Equal("Bị bãi bỏ bởi Quyết định số 05/2025/QĐ-UBND (Điều 1), từ ngày 10/05/2025.", repealed.Effect.Note);

        // Taking the repealing decision out gives the repealed one back its stated status.
        using (var writer = index.CreateWriter())
        {
            writer.Delete(repealed.Effect.Decisive!.By!.Value);
            writer.Commit();
        }

        Assert.Empty(engine.Search(new SearchRequest { Query = "phoi hop hieu-luc:het-hieu-luc" }).Hits);
        Assert.Equal(EffectStatus.Unknown, index.Documents.Get(repealed.Document.Id)!.Effect.Status);
    }

    [Fact]
    public async Task ADecisionTakesEffectOnItsOwnDay_InBadgesFilterAndFacets_WhenTheClockReachesIt()
    {
        const string issued = """
            ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
            Số: 21/2025/QĐ-UBND
            Hòa Phong, ngày 20 tháng 11 năm 2025
            QUYẾT ĐỊNH
            Ban hành Quy chế phối hợp trong công tác theo dõi tình hình thi hành pháp luật
            Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong công tác theo dõi tình hình thi hành pháp luật.
            Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.
            """;
        // 30/11/2025 at 23:30 in Vietnam is still the day before; 01/12 begins at 17:00 UTC.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 11, 30, 16, 30, 0, TimeSpan.Zero));
        var index = await IngestedTexts.IndexAsync(data.Path, clock, ("qd-21-2025.txt", issued));
        var engine = new SearchEngine(index);
        SearchResult Find(string effect) => engine.Search(new SearchRequest { Query = "phoi hop hieu-luc:" + effect });

        Assert.All(Find("chua-co-hieu-luc").Hits, h => Assert.Equal(EffectStatus.NotYetInForce, h.Status));
        Assert.NotEmpty(Find("chua-co-hieu-luc").Hits);
        Assert.Empty(Find("con-hieu-luc").Hits);
        var generation = index.Generation;
        Assert.False(index.RefreshEffects(clock)); // nothing has come yet: nothing is written
        Assert.Equal(generation, index.Generation);

        clock.Advance(TimeSpan.FromHours(1));
        Assert.True(index.RefreshEffects(clock));

        var inForce = Find("con-hieu-luc");
        Assert.NotEmpty(inForce.Hits);
        Assert.Empty(Find("chua-co-hieu-luc").Hits);
        Assert.Contains(inForce.Facets!.Statuses, f => f.Value == "con-hieu-luc" && f.Label == "Còn hiệu lực");
        var stored = index.Documents.Get(inForce.Hits[0].DocumentId)!;
        Assert.Equal((EffectStatus.Unknown, EffectStatus.InForce, new DateOnly(2025, 12, 1)), (stored.Document.Status, stored.Effect.Status, stored.Effect.InForceFrom));
        Assert.False(index.RefreshEffects(clock)); // decided once
    }

    [Fact]
    public async Task ARepealOfAClauseOnlyTheQuyCheHas_EndsPartOfIt_NamedAsTheQuyChesClause()
    {
        const string issuing = """
            ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
            Số: 21/2025/QĐ-UBND
            Hòa Phong, ngày 20 tháng 11 năm 2025
            QUYẾT ĐỊNH
            Ban hành Quy chế phối hợp theo dõi tình hình thi hành pháp luật
            Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp theo dõi tình hình thi hành pháp luật.
            Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.
            Nơi nhận:
            - Như Điều 2;
            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            Lê Quang Hải
            QUY CHẾ
            Phối hợp theo dõi tình hình thi hành pháp luật
            (Ban hành kèm theo Quyết định số 21/2025/QĐ-UBND)
            Điều 1. Phạm vi điều chỉnh
            Quy chế này quy định việc phối hợp theo dõi tình hình thi hành pháp luật.
            Điều 2. Chế độ báo cáo
            1. Các sở gửi báo cáo về Sở Tư pháp trước ngày 10 tháng 11 hằng năm.
            2. Sở Tư pháp tổng hợp báo cáo trước ngày 30 tháng 11 hằng năm.
            """;
        const string repealing = """
            ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
            Số: 09/2026/QĐ-UBND
            QUYẾT ĐỊNH
            Bãi bỏ một khoản của Quy chế phối hợp theo dõi tình hình thi hành pháp luật
            Điều 1. Bãi bỏ khoản 2 Điều 2 của Quyết định số 21/2025/QĐ-UBND ngày 20 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh Hòa Phong.
            Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 3 năm 2026.
            """;
        var index = await IngestedTexts.IndexAsync(data.Path, ("qd-21-2025.txt", issuing), ("qd-09-2026.txt", repealing));
        var issued = index.Documents.Get(new SearchEngine(index).Search(new SearchRequest { Query = "so:21/2025/QĐ-UBND" }).Hits[0].DocumentId)!;

        Assert.Equal(EffectStatus.PartlyExpired, issued.Effect.Status);
        Assert.StartsWith("Khoản 2 Điều 2 Quy chế bị bãi bỏ bởi Quyết định số 09/2026/QĐ-UBND", issued.Effect.Note, StringComparison.Ordinal); // the decision's own Điều 2 has no clause 2
    }

    [Fact]
    public async Task AProvisionInForce_ComesBeforeTheEndedOneThatSaysNearlyTheSame_WhileAnEndedOneThatAloneAnswersStaysFirst()
    {
        const string replacing = """
            ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
            Số: 21/2025/QĐ-UBND
            QUYẾT ĐỊNH
            Ban hành Quy chế về chế độ báo cáo tình hình thi hành pháp luật
            Điều 1. Chế độ báo cáo
            Các sở, ngành và Ủy ban nhân dân cấp huyện gửi báo cáo tình hình thi hành pháp luật về Sở Tư pháp trước ngày 15 tháng 11 hằng năm.
            """;
        const string query = "gửi báo cáo về Sở Tư pháp trước ngày 15 tháng 11";
        var index = await IngestedTexts.IndexAsync(data.Path, ("qd-12-2019.txt", Coordination), ("qd-21-2025.txt", replacing));
        var engine = new SearchEngine(index);
        var before = engine.Search(new SearchRequest { Query = query });
        Assert.StartsWith("qd-12-2019", before.Hits[0].DocumentId.Value, StringComparison.Ordinal); // its words are the query's, and it is not ended

        await IngestedTexts.IndexAsync(data.Path, ("qd-05-2025.txt", Repealing));
        var after = engine.Search(new SearchRequest { Query = query });
        var alone = engine.Search(new SearchRequest { Query = "phạm vi điều chỉnh phối hợp giữa các sở" });

        Assert.StartsWith("qd-21-2025", after.Hits[0].DocumentId.Value, StringComparison.Ordinal);
        Assert.Equal(EffectStatus.Expired, after.Hits[1].Status);
        Assert.Equal(EffectStatus.Expired, alone.Hits[0].Status);
        Assert.Equal("Điều 1", alone.Hits[0].Path.ToString());
    }

    [Fact]
    public async Task ARepealAskedForByTheNumberItEnds_FindsTheRepealingArticle_BeforeTheEndedDocumentsOtherArticles()
    {
        var index = await IngestedTexts.IndexAsync(data.Path, ("qd-12-2019.txt", Coordination), ("qd-05-2025.txt", Repealing));

        var found = new SearchEngine(index).Search(new SearchRequest { Query = "bãi bỏ quyết định 12/2019" });

        Assert.Contains(found.Notices, n => n.StartsWith("Ít kết quả chứa tất cả các từ", StringComparison.Ordinal)); // relaxed to any word
        Assert.StartsWith("qd-05-2025", found.Hits[0].DocumentId.Value, StringComparison.Ordinal);
        Assert.Equal("Điều 1", found.Hits[0].Path.ToString());
        Assert.Contains(found.Hits, h => h.DocumentId.Value.StartsWith("qd-12-2019", StringComparison.Ordinal)); // the named document still answers, after
    }

    [Fact]
    public async Task ARepealAskedForByTheNumberItEnds_IsFound_EvenWhenTheEndedDocumentAloneFillsTheRankingWindow()
    {
        var articles = string.Join("\n", Enumerable.Range(1, SearchEngine.RerankWindow + 20).Select(n => $"Điều {n}. Nhiệm vụ thứ {n}\nSở Tư pháp thực hiện nhiệm vụ thứ {n} trong năm."));
        var large = $"ỦY BAN NHÂN DÂN TỈNH HÒA PHONG\nSố: 12/2019/QĐ-UBND\nQUYẾT ĐỊNH\nGiao nhiệm vụ theo dõi tình hình thi hành pháp luật\n{articles}\n";
        var index = await IngestedTexts.IndexAsync(data.Path, ("qd-12-2019.txt", large), ("qd-05-2025.txt", Repealing));

        var found = new SearchEngine(index).Search(new SearchRequest { Query = "bãi bỏ quyết định 12/2019" });

        Assert.StartsWith("qd-05-2025", found.Hits[0].DocumentId.Value, StringComparison.Ordinal);
    }
}

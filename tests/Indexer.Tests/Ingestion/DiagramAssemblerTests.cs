using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Tests.Parsing.Html;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Ingestion;

public sealed class DiagramAssemblerTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "lm-diagram-" + Guid.NewGuid().ToString("N"));

    private const string Earlier = """
        ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 08/2021/QĐ-UBND
        Hòa Phong, ngày 10 tháng 3 năm 2021
        QUYẾT ĐỊNH
        Ban hành Quy chế phối hợp theo dõi thi hành pháp luật
        Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp theo dõi thi hành pháp luật.
        Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2021.
        """;

    [Fact]
    public async Task IngestedDiagram_DescribesItsDocument_AndEndsWhatItListsAsEnded()
    {
        var index = await IngestedTexts.IndexAsync(data, ("qd-08-2021.txt", Earlier), ("vbpq-luocdo.html", VbplDiagramReaderTests.Page));

        var earlier = index.Documents.Get(index.Documents.WithNumber("08/2021/QĐ-UBND").Single())!;
        var described = index.Documents.Get(index.Documents.WithNumber("17/2022/QĐ-UBND").Single())!;

        Assert.Equal("Quyết định", described.Document.Type);
        Assert.StartsWith("Ban hành Quy chế phối hợp", described.Document.Title, StringComparison.Ordinal);
        var relations = index.Documents.CitationsFrom(described.Document.Id).Select(c => (c.Citation.TargetNumber?.Display, c.Citation.Relation)).ToList();
        Assert.Contains(("08/2021/QĐ-UBND", CitationRelation.Expires), relations);
        Assert.Contains(("32/2020/NĐ-CP", CitationRelation.Basis), relations);
        Assert.Contains(("77/2015/QH13", CitationRelation.Basis), relations);
        Assert.DoesNotContain(relations, r => r.Item1 == "05/2024/QĐ-UBND"); // it amends the described one: not a citation of it
        Assert.Equal(EffectStatus.Expired, earlier.Effect.Status);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }
}

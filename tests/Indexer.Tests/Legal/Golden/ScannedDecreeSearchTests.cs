using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Legal.Golden;

/// <summary>
/// Nghị định 105/2021/NĐ-CP exists only as a scan: after OCR, parsing and indexing, its articles must be found by
/// what a person would type — with or without diacritics, by phrase, by the decree's number.
/// </summary>
[Collection(ScannedDecreeFixture.Collection)]
public sealed class ScannedDecreeSearchTests(ScannedDecreeFixture scanned)
{
    [SharedDataTheory]
    [InlineData("\"có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2022\"", "Điều 57")]
    [InlineData("trach nhiem huong dan va thi hanh nghi dinh nay", "Điều 59")]
    [InlineData("kinh phí thực hiện", "Điều 56")]
    [InlineData("quy dinh chuyen tiep ho so de nghi cho phep", "Điều 58")]
    [InlineData("Bộ Nông nghiệp và Phát triển nông thôn trách nhiệm", "Điều 55")]
    public async Task ScannedDecree_ArticlesAreFoundBySearch(string query, string article)
    {
        using var index = await IndexedDecreeAsync();

        var result = index.Search(query);

        Assert.NotEmpty(result.Hits);
        Assert.Equal(article, result.Hits[0].Path.ToString());
        Assert.Contains("<mark>", result.Hits[0].Snippet, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task ScannedDecree_ItsNumberPutsItFirst()
    {
        using var index = await IndexedDecreeAsync();
        index.Write(TestIndex.Doc("other", "Điều 1. Nghị định này hướng dẫn Luật Phòng, chống ma túy.", "73/2021/QH14"));

        var result = index.Search("nd 105/2021");

        Assert.Equal("105/2021/NĐ-CP", result.Hits[0].Number);
    }

    private async Task<TestIndex> IndexedDecreeAsync()
    {
        var extracted = await scanned.Result;
        Assert.True(extracted.Succeeded, extracted.Error?.Message);
        var parsed = DocumentAssembler.Assemble(DocumentId.Create("nd-105-2021"), extracted.Value, "golden");
        return new TestIndex(parsed.Document);
    }
}

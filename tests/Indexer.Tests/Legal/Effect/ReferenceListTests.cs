using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Legal.Effect;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Legal.Effect;

/// <summary>An office's status list (CSV or JSON) read, refused row by row, and laid over the reference table of a real index.</summary>
public sealed class ReferenceListTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 3);
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    private const string Csv = """
        number;status;type;title;since;replacedBy;source
        14/2014/TT-BTP;het-hieu-luc;Thông tư;Quy định chi tiết thi hành Nghị định số 59/2012/NĐ-CP;01/6/2025;88/2099/TT-BTP;"Cơ sở dữ liệu quốc gia về văn bản pháp luật, tra cứu ngày 01/12/2026"
        khong-phai-so;het-hieu-luc;;;;;
        19/2020/NĐ-CP;Còn hiệu lực;Nghị định;;;;
        20/2021/NĐ-CP;hết sạch;Nghị định;;;;
        """;

    [Fact]
    public void Csv_IsRead_WithEachBadRowNamedByLineAndColumn()
    {
        var (facts, errors) = ReferenceListReader.Read("ds.csv", Csv, Today);

        Assert.Equal(["14/2014/TT-BTP", "19/2020/NĐ-CP"], facts.Select(f => f.Number.Display));
        var circular = facts[0];
        Assert.Equal((EffectStatus.Expired, new DateOnly(2025, 6, 1), CitationRelation.Replaces, "Thông tư số 88/2099/TT-BTP"), (circular.Effect, circular.Since!.Value, circular.Relation!.Value, circular.ByLabel));
        Assert.StartsWith("Cơ sở dữ liệu quốc gia", circular.Source, StringComparison.Ordinal);
        Assert.Equal("Danh sách ds.csv nhập ngày 03/12/2026", facts[1].Source);
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("ds.csv, dòng 3: cột number", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("ds.csv, dòng 5: cột status", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_InTheTablesOwnFormat_RoundTrips()
    {
        var written = CentralEffectFacts.ToJson(CentralEffectFacts.Default.Facts);

        var (facts, errors) = ReferenceListReader.Read("bang.json", written, Today);

        Assert.Empty(errors);
        Assert.Equal(CentralEffectFacts.Default.Facts.Select(f => (f.Number.Key, f.Effect, f.Since, f.Relation, f.By?.Key, f.Source)),
            facts.Select(f => (f.Number.Key, f.Effect, f.Since, f.Relation, f.By?.Key, f.Source)));
        Assert.Equal(CentralEffectFacts.Default.Facts.Select(f => f.Issued), CentralEffectFacts.Parse(written).Facts.Select(f => f.Issued));
    }

    [Fact]
    public async Task AnImportedFact_ChangesTheEffectOfACitedDocument_AndIsKeptInTheDataFolder()
    {
        var index = await IngestedTexts.IndexAsync(data.Path, ("kh.txt", """
            ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
            Số: 25/KH-UBND
            KẾ HOẠCH
            Theo dõi tình hình thi hành pháp luật năm 2026
            Căn cứ Thông tư số 14/2014/TT-BTP ngày 15 tháng 5 năm 2014 của Bộ Tư pháp;
            I. MỤC ĐÍCH
            1. Theo dõi việc thi hành pháp luật trong lĩnh vực xử lý vi phạm hành chính.
            """));
        var citation = index.Documents.CitationsFrom(index.Documents.ParsedBefore(int.MaxValue).Single().DocumentId).Select(c => c.Citation).First(c => c.TargetNumber?.Display == "14/2014/TT-BTP");
        Assert.Equal(EffectStatus.Unknown, index.Documents.Effects().Of(citation).Status);
        var generation = index.Generation;

        index.ImportReferenceFacts(ReferenceListReader.Read("ds.csv", Csv, Today).Facts);

        var effect = index.Documents.Effects().Of(citation);
        Assert.Equal(EffectStatus.Expired, effect.Status);
        Assert.Equal("Thông tư số 88/2099/TT-BTP", effect.Decisive!.ByLabel);
        Assert.True(index.Generation > generation);
        Assert.True(File.Exists(Path.Combine(data.Path, LegalIndex.ReferenceFileName)));
        Assert.Equal(2, LegalIndex.Open(data.Path).ImportedFacts.Count);
        Assert.Equal(EffectStatus.Expired, LegalIndex.Open(data.Path).EffectFacts.Of(DocumentNumberParser.TryParse("14/2014/TT-BTP"))!.Effect);
    }
}

using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Legal;

/// <summary>Over the bundled corpus (corpus/hoa-phong, written by us): what each preamble states.</summary>
public sealed class MetadataExtractorTests
{
    private static DocumentMetadata Read(string file) =>
        MetadataExtractor.Extract(File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "corpus", "hoa-phong", file)));

    [Fact]
    public void Read_Decision_GivesNumberTypeIssuerDateAndTitle()
    {
        var m = Read("qd-12-2019-quy-che-phoi-hop.txt");
        Assert.Equal("12/2019/QĐ-UBND", m.Number?.Display);
        Assert.Equal("Quyết định", m.Type);
        Assert.Equal("Ủy ban nhân dân tỉnh Hòa Phong", m.Issuer);
        Assert.Equal(new DateOnly(2019, 3, 15), m.IssueDate);
        Assert.Equal("Ban hành Quy chế phối hợp trong công tác theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh Hòa Phong", m.Title);
    }

    [Fact]
    public void Read_ReportOfADepartment_NamesTheDepartmentOfItsProvince()
    {
        var m = Read("bc-118-2023-ket-qua-kiem-tra.txt");
        Assert.Equal("118/BC-STP", m.Number?.Display);
        Assert.Equal("Báo cáo", m.Type);
        Assert.Equal("Sở Tư pháp tỉnh Hòa Phong", m.Issuer);
        Assert.Equal(new DateOnly(2023, 11, 20), m.IssueDate);
    }

    [Fact]
    public void Read_Plan_GivesItsTitle()
    {
        var m = Read("kh-25-2024-theo-doi-thi-hanh-phap-luat.txt");
        Assert.Equal("Kế hoạch", m.Type);
        Assert.Equal("Theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh Hòa Phong năm 2024", m.Title);
        Assert.Equal(2024, m.IssueDate?.Year);
    }

    [Fact]
    public void Read_TextWithoutPreamble_LeavesEverythingUnknown()
    {
        var m = MetadataExtractor.Extract("Điều 1. Phạm vi\nNội dung.");
        Assert.Equal(DocumentMetadata.Unknown, m);
    }
}

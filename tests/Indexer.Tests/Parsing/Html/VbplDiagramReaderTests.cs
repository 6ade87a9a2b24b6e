using System.Text;
using LawMonitor.Indexer.Legal.Citations;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Parsing.Html;

public sealed class VbplDiagramReaderTests
{
    /// <summary>A diagram page in vbpl.vn's layout, written for the test about a fictional province's decision.</summary>
    public const string Page = """
        <html><head><title>Lược đồ</title></head><body>
        <div class="content"><div class="vbLuocdo"><div class="vbLuocDo"><table><tr>
        <td><div class="luocdo actived"><div class="title"><div><a href="#" class="openClose open">&nbsp;</a>
          <a href="#">Văn bản được HD, QĐ chi tiết</a> (0)</div></div><div class="content"><ul></ul></div></div></td>
        <td><div class="luocdo actived"><div class="titleht"><div><a href="#">Văn bản hiện thời</a></div></div>
          <div class="content"><ul><li><a href="#" class="jTips">Quyết định 17/2022/QĐ-UBND Ban hành Quy chế phối hợp theo dõi thi hành pháp luật trên địa bàn tỉnh Hòa Phong</a></li></ul></div></div></td>
        <td><div class="luocdo actived"><div class="title"><div><a href="#" class="openClose open">&nbsp;</a>
          <a href="javascript:;">Văn bản sửa đổi </a> <span>(1)</span></div></div>
          <div class="content"><ul><li><a class="jTips" href="/x?ItemID=3">Quyết định 05/2024/QĐ-UBND Sửa đổi Quy chế phối hợp</a><p><span><a href="#">[Thuộc tính]</a></span></p></li></ul></div></div></td>
        </tr><tr>
        <td><div class="luocdo actived"><div class="title"><div><a href="#" class="openClose open">&nbsp;</a>
          <a href="javascript:;">Văn bản hết hiệu lực</a> <span>(1)</span></div></div>
          <div class="content"><ul><li><a class="jTips" href="/x?ItemID=1">Quyết định 08/2021/QĐ-UBND Ban hành Quy chế phối hợp theo dõi thi hành pháp luật</a></li></ul></div></div></td>
        <td><div class="luocdo actived"><div class="title"><div><a href="#" class="openClose open">&nbsp;</a>
          <a href="javascript:;">Văn bản căn cứ</a> <span>(2)</span></div></div>
          <div class="content"><ul>
            <li><a class="jTips" href="/x?ItemID=2">Nghị định 32/2020/NĐ-CP Sửa đổi, bổ sung một số điều của Nghị định số 59/2012/NĐ-CP</a></li>
            <li><a class="jTips" href="/x?ItemID=4">Luật 77/2015/QH13 Tổ chức chính quyền địa phương</a></li>
          </ul></div></div></td>
        <td><div class="luocdo actived"><div class="title"><div><a href="#" class="openClose open">&nbsp;</a>
          <a href="javascript:;">Văn bản quy định hết hiệu lực</a> <span>(0)</span></div></div><div class="content"><ul></ul></div></div></td>
        </tr></table></div></div></div></body></html>
        """;

    [Fact]
    public async Task DiagramPage_IsReadAsTheDocumentItDescribes_WithTypedRelations()
    {
        var result = await DocumentExtractor.ExtractAsync(new RawFile("vbpq-luocdo.html", Encoding.UTF8.GetBytes(Page), "text/html"), IngestLimits.Default);

        Assert.True(result.Succeeded, result.Error?.Message);
        var diagram = result.Value.Diagram;
        Assert.NotNull(diagram);
        Assert.StartsWith("Quyết định 17/2022/QĐ-UBND", diagram.Subject, StringComparison.Ordinal);
        Assert.Equal(["Văn bản sửa đổi", "Văn bản hết hiệu lực", "Văn bản căn cứ"], diagram.Sections.Select(s => s.Heading));
        foreach (var entry in diagram.Sections.SelectMany(s => s.Entries))
        {
            Assert.Equal(entry.Text, diagram.Text[entry.Start..entry.End]);
        }

        Assert.DoesNotContain("[Thuộc tính]", diagram.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ListedDocument_ReadsTypeNumberAndTitle_AndNamesLawsByName()
    {
        var law = ListedDocument.Read("Luật 50/2014/QH13 Xây dựng");
        Assert.Equal(("Luật", "50/2014/QH13", "Luật Xây dựng"), (law.Type, law.Number?.Display, law.Title));

        var constitution = ListedDocument.Read("Hiến pháp Không số Hiến pháp năm 2013");
        Assert.Equal(("Hiến pháp", null, "Hiến pháp năm 2013"), (constitution.Type, constitution.Number?.Display, constitution.Title));

        var decision = ListedDocument.Read("Quyết định 1081/QĐ-TTg Về việc ban hành Kế hoạch");
        Assert.Equal(("Quyết định", "1081/QĐ-TTg", "Về việc ban hành Kế hoạch"), (decision.Type, decision.Number?.Display, decision.Title));

        var order = ListedDocument.Read("Lệnh 18/2013/L-CTN Về việc công bố Hiến pháp");
        Assert.Equal(("Lệnh", "18/2013/L-CTN", "Về việc công bố Hiến pháp"), (order.Type, order.Number?.Display, order.Title));
    }

    [Theory]
    [InlineData("Văn bản hết hiệu lực", CitationRelation.Expires, null, null)]
    [InlineData("Văn bản quy định hết hiệu lực", null, CitationRelation.Expires, EffectStatus.Expired)]
    [InlineData("Văn bản được HD, QĐ chi tiết", CitationRelation.Details, null, null)]
    [InlineData("Văn bản HD, QĐ chi tiết", null, CitationRelation.Details, null)]
    [InlineData("Văn bản được sửa đổi", CitationRelation.Amends, null, null)]
    [InlineData("Van ban sua doi", null, CitationRelation.Amends, null)]
    [InlineData("Văn bản đình chỉ", null, CitationRelation.Suspends, EffectStatus.Suspended)]
    [InlineData("Văn bản quy định hết hiệu lực 1 phần", null, CitationRelation.References, EffectStatus.PartlyExpired)]
    public void DiagramBlocks_MeanOneThingEach(string heading, CitationRelation? outgoing, CitationRelation? incoming, EffectStatus? status)
    {
        var meaning = DiagramRelations.Of(heading);

        Assert.NotNull(meaning);
        Assert.Equal((outgoing, incoming, status), (meaning.Outgoing, meaning.Incoming, meaning.SubjectStatus));
    }

    [SharedDataFact]
    public async Task RealVbplDiagram_OfTheConstitution_ListsWhatDetailsIt()
    {
        var path = SharedData.PathOf("corpus-real", "html", "vbpl-vbpl_luocdo_phaply.html");
        var result = await DocumentExtractor.ExtractAsync(new RawFile(Path.GetFileName(path), await File.ReadAllBytesAsync(path), "text/html"), IngestLimits.Default);

        Assert.True(result.Succeeded, result.Error?.Message);
        var diagram = result.Value.Diagram;
        Assert.NotNull(diagram);
        Assert.Equal("Hiến pháp Không số Hiến pháp năm 2013", diagram.Subject);
        var counts = diagram.Sections.ToDictionary(s => s.Heading, s => s.Entries.Count);
        Assert.Equal(88, counts["Văn bản HD, QĐ chi tiết"]);
        Assert.Equal(4, counts["Văn bản dẫn chiếu"]);
        Assert.Equal(2, counts["Văn bản liên quan khác"]);
        Assert.Equal(3, counts.Count);
    }
}

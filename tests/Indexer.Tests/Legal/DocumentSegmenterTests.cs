using LawMonitor.Indexer.Legal;

namespace LawMonitor.Indexer.Tests.Legal;

public sealed class DocumentSegmenterTests
{
    [Fact]
    public void Segment_StructuredText_CoversItEndToEndInOrder()
    {
        const string text = "QUYẾT ĐỊNH\nCăn cứ Luật;\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nNội dung một.\nĐiều 2. Đối tượng\nNội dung hai.\nNơi nhận:\n- Như Điều 2;";
        var segments = DocumentSegmenter.Segment(text, StructureParser.Parse(text));

        Assert.Equal([UnitKind.Preamble, UnitKind.Container, UnitKind.Article, UnitKind.Article, UnitKind.Closing], segments.Select(s => s.Kind));
        Assert.Equal(0, segments[0].Start);
        Assert.Equal(text.Length, segments[^1].End);
        for (var i = 1; i < segments.Count; i++)
        {
            Assert.Equal(segments[i - 1].End, segments[i].Start);
        }

        Assert.Equal(text, string.Concat(segments.Select(s => text[s.Start..s.End])));
        Assert.Equal("Phạm vi", text[segments[2].HeadingStart..segments[2].HeadingEnd]);
    }

    [Fact]
    public void Segment_DecisionSignedBeforeTheRegulationItIssues_KeepsTheRegulationsArticles()
    {
        const string text = "QUYẾT ĐỊNH\nCăn cứ Luật;\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\nĐiều 2. Hiệu lực.\nNơi nhận:\n- Như Điều 2;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
            + "QUY CHẾ\nPhối hợp theo dõi thi hành pháp luật\n(Ban hành kèm theo Quyết định số 12/2019/QĐ-UBND)\nChương I\nQUY ĐỊNH CHUNG\nĐiều 3. Phạm vi\nNội dung ba.\nĐiều 4. Nguyên tắc\nNội dung bốn.";
        var structure = StructureParser.Parse(text);
        var segments = DocumentSegmenter.Segment(text, structure);

        Assert.Equal([UnitKind.Preamble, UnitKind.Article, UnitKind.Article, UnitKind.Closing, UnitKind.Attached, UnitKind.Container, UnitKind.Article, UnitKind.Article], segments.Select(s => s.Kind));
        Assert.Equal(text, string.Concat(segments.Select(s => text[s.Start..s.End])));
        Assert.StartsWith("Nơi nhận:", text[segments[3].Start..segments[3].End], StringComparison.Ordinal);
        Assert.Equal("QUY CHẾ", text[segments[4].HeadingStart..segments[4].HeadingEnd]);
        Assert.Equal(["Điều 1", "Điều 2", "Điều 3", "Điều 4"], structure.AllNodes.Where(n => n.Level == LawMonitor.Indexer.Model.ProvisionLevel.Article).Select(n => n.Label));
        Assert.Null(structure.ClosingStart);
    }

    [Fact]
    public void Segment_ClosingFollowedByAnAppendixWithoutArticles_EndsTheBody()
    {
        const string text = "QUYẾT ĐỊNH\nĐiều 1. Phê duyệt danh mục.\nĐiều 2. Hiệu lực.\nNơi nhận:\n- Như Điều 2;\nCHỦ TỊCH\nNguyễn Văn An\nDANH MỤC\n(Kèm theo Quyết định số 5/QĐ-UBND)\n1. Văn bản thứ nhất.";
        var structure = StructureParser.Parse(text);

        Assert.NotNull(structure.ClosingStart);
        Assert.Null(structure.Signing);
        Assert.Equal(UnitKind.Closing, DocumentSegmenter.Segment(text, structure)[^1].Kind);
    }

    [Fact]
    public void Segment_AppendicesAfterTheSignature_AreUnitsOfTheirOwn()
    {
        const string text = "KẾ HOẠCH\nI. MỤC ĐÍCH\nNội dung.\nII. NHIỆM VỤ\nTheo Phụ lục I.\nNơi nhận:\n- Như trên;\nCHỦ TỊCH\nNguyễn Văn An\n\n"
            + "Phụ lục I\nNHIỆM VỤ NĂM 2026\n(Kèm theo Kế hoạch số 14/KH-UBND)\nSTT | Nội dung\n1 | Tập huấn\n"
            + "PHỤ LỤC 02\n(Kèm theo Kế hoạch số 14/KH-UBND)\nSTT | Đơn vị\n1 | Sở Tư pháp";
        var segments = DocumentSegmenter.Segment(text, StructureParser.Parse(text));

        Assert.Equal([UnitKind.Preamble, UnitKind.Section, UnitKind.Section, UnitKind.Closing, UnitKind.Appendix, UnitKind.Appendix], segments.Select(s => s.Kind));
        Assert.Equal(text, string.Concat(segments.Select(s => text[s.Start..s.End])));
        Assert.Equal(["Phụ lục I", "Phụ lục 02"], segments.Where(s => s.Kind == UnitKind.Appendix).Select(s => s.Label));
        Assert.Equal("NHIỆM VỤ NĂM 2026", text[segments[4].HeadingStart..segments[4].HeadingEnd]);
        Assert.Equal(segments[5].HeadingStart, segments[5].HeadingEnd); // "(Kèm theo …)" is no title
        Assert.StartsWith("Nơi nhận:", text[segments[3].Start..segments[3].End], StringComparison.Ordinal);
        Assert.DoesNotContain("Phụ lục", text[segments[3].Start..segments[3].End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Phạm vi điều chỉnh\n\nLuật này quy định về du lịch.", "Phạm vi điều chỉnh")]
    [InlineData("Luật này quy định về du lịch.\nCâu thứ hai.", "")]
    [InlineData("Một đoạn duy nhất không xuống dòng", "")]
    public void FirstLineHeading_TakesATitleLikeFirstLine(string text, string heading)
    {
        var (start, end) = DocumentSegmenter.FirstLineHeading(text);
        Assert.Equal(heading, text[start..end]);
    }
}

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

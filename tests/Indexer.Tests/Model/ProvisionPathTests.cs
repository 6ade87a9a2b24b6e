using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Tests.Model;

public sealed class ProvisionPathTests
{
    public static TheoryData<string> Paths() =>
    [
        "", "Điều 5", "Điều 5.2", "Điều 5.2.đ", "Điều 37a", "Điều 37a.1.a", "Khoản 2", "Khoản 2.b",
        "Chương II", "Phần thứ nhất", "Mục 1", "Tiểu mục 2", "Quy chế: Điều 7", "Quy chế: Điều 7.1.a", "Quy định: Chương II", "Điều lệ: Điều 3",
    ];

    [Theory]
    [InlineData("khoản 1 Điều 7 Quy chế", "Quy chế: Điều 7.1")]
    [InlineData("điểm a khoản 2 Điều 5 của Quy chế", "Quy chế: Điều 5.2.a")]
    [InlineData("Điều 3 quy che", "Quy chế: Điều 3")]
    [InlineData("QUY ĐỊNH: Điều 4", "Quy định: Điều 4")]
    [InlineData("Phần thứ nhất", "Phần thứ nhất")] // a label, not an issued text
    public void Parse_AProvisionOfAnIssuedText_AsOfficersWriteIt(string text, string path) =>
        Assert.Equal(path, ProvisionPath.Parse(text).ToString());

    [Theory]
    [InlineData("", "Quy chế: Điều 1", true)]
    [InlineData("Điều 1", "Điều 1.2.a", true)]
    [InlineData("Điều 1", "Điều 10", false)] // not a prefix of the text
    [InlineData("Điều 1", "Quy chế: Điều 1", false)] // the decision's own is not the quy chế's
    [InlineData("Quy chế: Điều 1", "Quy chế: Điều 1.3", true)]
    [InlineData("Điều 1.2", "Điều 1.2.b", true)]
    [InlineData("Điều 1.2", "Điều 1.3", false)]
    [InlineData("Điều 1.2.a", "Điều 1.2", false)]
    [InlineData("Chương II", "Chương II", true)]
    public void Contains_HoldsWhatLiesWithin(string outer, string inner, bool contains) =>
        Assert.Equal(contains, ProvisionPath.Parse(outer).Contains(ProvisionPath.Parse(inner)));

    [Theory]
    [MemberData(nameof(Paths))]
    public void Parse_ToString_RoundTrips(string text)
    {
        var path = ProvisionPath.Parse(text);
        Assert.Equal(text, path.ToString());
        Assert.Equal(path, ProvisionPath.Parse(path.ToString()));
    }

    [Fact]
    public void Parse_AccentlessSpelling_IsAccepted()
    {
        Assert.Equal(ProvisionPath.Parse("Điều 5.2.đ"), ProvisionPath.Parse("Dieu 5.2.đ"));
    }

    [Fact]
    public void Builders_ComposeArticleClausePoint()
    {
        var path = ProvisionPath.ForArticle("5").WithClause(2).WithPoint("đ");
        Assert.Equal("Điều 5.2.đ", path.ToString());
        Assert.Equal(ProvisionLevel.Point, path.Level);
        Assert.Equal("Điều 5", path.ArticleOnly.ToString());
        Assert.True(ProvisionPath.Document.IsDocument);
    }

    [Theory]
    [InlineData("khoản 1 Điều 7", "Điều 7.1")]
    [InlineData("Khoản 1 Điều 7", "Điều 7.1")]
    [InlineData("điểm a khoản 2 Điều 5", "Điều 5.2.a")]
    [InlineData("điểm đ, khoản 2 của Điều 37a", "Điều 37a.2.đ")]
    [InlineData("diem b khoan 3 dieu 4", "Điều 4.3.b")]
    [InlineData("điểm b khoản 3", "Khoản 3.b")]
    public void TryParse_AProvisionAsAnOfficerWritesIt_IsThePath(string written, string path) =>
        Assert.Equal(ProvisionPath.Parse(path), ProvisionPath.Parse(written));

    [Theory]
    [InlineData("Điều")]
    [InlineData("Điều 5..2")]
    [InlineData("Khoản a")]
    [InlineData("Điểm a")]
    [InlineData("điểm a Điều 5")]
    [InlineData("khoản 2 Điều")]
    [InlineData("random text")]
    public void TryParse_NotAPath_Fails(string text)
    {
        Assert.False(ProvisionPath.TryParse(text, out _));
    }
}

using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Tests.Legal;

/// <summary>A provision as an officer writes it: capitalised as a heading, its first word in lower case after a document's name.</summary>
public sealed class ProvisionLabelTests
{
    [Theory]
    [InlineData("Điều 8.1", "Điều 8. Chế độ báo cáo", "Article", false, "Khoản 1 Điều 8 — Chế độ báo cáo")]
    [InlineData("Điều 8.1", "Điều 8. Chế độ báo cáo", "Article", true, "khoản 1 Điều 8 — Chế độ báo cáo")]
    [InlineData("Điều 8.1.a", null, "Article", true, "điểm a khoản 1 Điều 8")]
    [InlineData("Điều 8", "Điều 8. Chế độ báo cáo", "Article", true, "Điều 8 — Chế độ báo cáo")]
    [InlineData("Chương II", "Chương II. NỘI DUNG PHỐI HỢP", "Chapter", true, "Chương II — NỘI DUNG PHỐI HỢP")]
    [InlineData(null, null, "Preamble", false, "Phần mở đầu")]
    [InlineData(null, null, "Preamble", true, "phần mở đầu")]
    [InlineData(null, null, "Closing", true, "phần cuối")]
    [InlineData(null, "Phụ lục I. NHIỆM VỤ NĂM 2026", "Appendix", true, "Phụ lục I — NHIỆM VỤ NĂM 2026")]
    [InlineData(null, "Phụ lục II", "Appendix", true, "Phụ lục II")]
    [InlineData(null, "QUY CHẾ", "Attached", true, "Quy chế kèm theo")]
    [InlineData("Mục I", "MỤC ĐÍCH, YÊU CẦU", "Section", false, "Mục I — MỤC ĐÍCH, YÊU CẦU")] // words that begin with a level's name are no label
    [InlineData("Mục I", "MỤC TIÊU", "Section", false, "Mục I — MỤC TIÊU")]
    [InlineData("Điều 37a", "Điều 37a. Điều khoản chuyển tiếp", "Article", false, "Điều 37a — Điều khoản chuyển tiếp")]
    [InlineData("Chương I", "Chương I: NHỮNG QUY ĐỊNH CHUNG", "Chapter", false, "Chương I — NHỮNG QUY ĐỊNH CHUNG")]
    [InlineData("Phần thứ nhất", "Phần thứ nhất. QUY ĐỊNH CHUNG", "Part", false, "Phần thứ nhất — QUY ĐỊNH CHUNG")]
    public void Heading_IsCapitalisedAsAHeading_AndLowerAfterADocumentsName(string? path, string? heading, string kind, bool lowerFirst, string expected) =>
        Assert.Equal(expected, ProvisionLabel.Heading(path, heading, kind, lowerFirst));

    [Fact]
    public void AStructuredPath_ReadsAsTheStoredOne() =>
        Assert.Equal("khoản 2 Điều 6 — Phối hợp", ProvisionLabel.Heading(ProvisionPath.Parse("Điều 6.2"), "Điều 6. Phối hợp", UnitKind.Article, lowerFirst: true));

    [Theory]
    [InlineData("Quy chế: Điều 5.1|Quy chế: Điều 5.2", "khoản 1 và khoản 2 Điều 5 Quy chế")]
    [InlineData("Điều 7.1|Điều 7.2|Điều 7.4", "khoản 1, khoản 2 và khoản 4 Điều 7")]
    [InlineData("Quy chế: Điều 5.1|Quy chế: Điều 9|Quy chế: Điều 5.2|Quy chế: Điều 5.1", "khoản 1 và khoản 2 Điều 5 Quy chế, Điều 9 Quy chế")]
    [InlineData("Điều 5.1|Quy chế: Điều 5.2", "khoản 1 Điều 5, khoản 2 Điều 5 Quy chế")] // the decision's Điều 5 is not its quy chế's
    [InlineData("Điều 8.1.a|Điều 8.1", "điểm a khoản 1 Điều 8, khoản 1 Điều 8")]
    [InlineData("Mục II.3", "Mục II.3")]
    public void List_NamesTheClausesOfOneArticleTogether_AsADispatchDoes(string paths, string expected) =>
        Assert.Equal(expected, ProvisionLabel.List(paths.Split('|')));
}

using LawMonitor.Indexer.Monitoring.Obligations;
using LawMonitor.Indexer.Monitoring.Plans;

namespace LawMonitor.Indexer.Tests.Monitoring.Plans;

/// <summary>Who leads, who cooperates, and who owes a report to whom, as plans and regulations write them.</summary>
public sealed class BodyReaderTests
{
    [Theory]
    [InlineData("Công an tỉnh, Sở Tài nguyên và Môi trường", new[] { "Công an tỉnh", "Sở Tài nguyên và Môi trường" })]
    [InlineData("Sở Văn hóa, Thể thao và Du lịch; Ủy ban nhân dân các huyện", new[] { "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các huyện" })]
    [InlineData("các sở, ban, ngành", new[] { "các sở, ban, ngành" })]
    [InlineData("Sở Tư pháp, Ủy ban nhân dân các xã, phường.", new[] { "Sở Tư pháp", "Ủy ban nhân dân các xã, phường" })]
    [InlineData("", new string[0])]
    public void Split_CutsWhereANewBodyBegins(string list, string[] bodies) =>
        Assert.Equal(bodies, BodyReader.Split(list));

    [Fact]
    public void Labels_GiveTheLeadAndTheCooperatingBodies()
    {
        const string text = "a) Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: các sở, ban, ngành tỉnh.";

        Assert.Equal("Sở Tư pháp", BodyReader.LabelledLead(text));
        Assert.Equal(["các sở, ban, ngành tỉnh"], BodyReader.LabelledCooperating(text));
    }

    [Theory]
    [InlineData("Sở Tư pháp chủ trì, phối hợp với Công an tỉnh kiểm tra tại 05 Ủy ban nhân dân cấp xã.", "Sở Tư pháp", new[] { "Công an tỉnh" })]
    [InlineData("Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp tổ chức trong Quý I năm 2027.", "Sở Nội vụ", new[] { "Sở Tư pháp" })]
    [InlineData("3. Kiểm tra tình hình thi hành pháp luật về xử lý vi phạm hành chính Sở Tư pháp chủ trì, phối hợp với Công an tỉnh kiểm tra.", "Sở Tư pháp", new[] { "Công an tỉnh" })]
    [InlineData("1. Tổng kết công tác phổ biến pháp luật năm 2025 Văn phòng Ủy ban nhân dân tỉnh chủ trì thực hiện.", "Văn phòng Ủy ban nhân dân tỉnh", new string[0])]
    [InlineData("Kinh phí thực hiện do ngân sách tỉnh bảo đảm.", null, new string[0])]
    public void Sentence_GivesTheLeadBeforeChuTri(string sentence, string? lead, string[] cooperating)
    {
        var read = BodyReader.FromSentence(sentence);

        Assert.Equal(lead, read.Lead);
        Assert.Equal(cooperating, read.Cooperating);
    }

    [Theory]
    [InlineData("Các sở, ban, ngành, Ủy ban nhân dân cấp huyện gửi báo cáo công tác theo dõi tình hình thi hành pháp luật về Sở Tư pháp trước ngày 15 tháng 11 hằng năm.",
        "Các sở, ban, ngành, Ủy ban nhân dân cấp huyện", "Sở Tư pháp", "báo cáo công tác theo dõi tình hình thi hành pháp luật")]
    [InlineData("Sở Tư pháp chủ trì, phối hợp với các cơ quan liên quan tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.",
        "Sở Tư pháp", "Ủy ban nhân dân tỉnh", null)]
    [InlineData("Hằng năm, Công an tỉnh gửi báo cáo kết quả công tác xử lý vi phạm hành chính về Sở Tư pháp trước ngày 10 tháng 11.",
        "Công an tỉnh", "Sở Tư pháp", "báo cáo kết quả công tác xử lý vi phạm hành chính")]
    [InlineData("Báo cáo được lập thành hai bản.", null, null, null)]
    public void Parties_OfADutyToReport(string sentence, string? obligor, string? recipient, string? report)
    {
        var (who, to, name) = ObligationReader.Parties(sentence);

        Assert.Equal(obligor, who);
        Assert.Equal(recipient, to);
        Assert.Equal(report, name);
    }
}

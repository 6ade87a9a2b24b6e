using LawMonitor.Indexer.Legal;

namespace LawMonitor.Indexer.Tests.Legal;

public sealed class FieldOfLawTests
{
    [Theory]
    [InlineData("Ban hành Quy chế phối hợp theo dõi tình hình thi hành pháp luật trong lĩnh vực bảo vệ môi trường trên địa bàn tỉnh Hòa Phong", "Bảo vệ môi trường")]
    [InlineData("Ban hành Quy chế phối hợp trong quản lý công tác thi hành pháp luật về xử lý vi phạm hành chính trên địa bàn tỉnh Hòa Phong", "Xử lý vi phạm hành chính")]
    [InlineData("Kế hoạch kiểm tra tình hình thi hành pháp luật về đất đai năm 2026", "Đất đai")]
    [InlineData("Theo dõi tình hình thi hành pháp luật trong lĩnh vực y tế, giáo dục", "Y tế")]
    [InlineData("Kết quả kiểm tra tình hình thi hành pháp luật về xử lý vi phạm hành chính trong lĩnh vực bảo vệ môi trường năm 2026", "Bảo vệ môi trường")] // the field itself, not the topic within it
    public void Of_ReadsTheFieldTheTitleNames(string title, string field) => Assert.Equal(field, FieldOfLaw.Of(title));

    [Theory]
    [InlineData("Ban hành Quy chế phối hợp trong công tác theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh Hòa Phong")]
    [InlineData("Theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh Hòa Phong năm 2024")]
    [InlineData("Bãi bỏ Quyết định số 12/2019/QĐ-UBND")]
    [InlineData("Quy định chi tiết một số điều của Luật Xử lý vi phạm hành chính")]
    [InlineData("")]
    [InlineData(null)]
    public void Of_IsNull_WhenTheTitleNamesNone(string? title) => Assert.Null(FieldOfLaw.Of(title));
}

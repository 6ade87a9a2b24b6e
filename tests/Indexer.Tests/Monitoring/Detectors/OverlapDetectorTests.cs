using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Monitoring.Detectors;

public sealed class OverlapDetectorTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    private static readonly string[] Duties =
    [
        "Cơ quan, tổ chức, cá nhân hoạt động trên không gian mạng có trách nhiệm thực hiện biện pháp bảo vệ an ninh mạng theo quy định của Luật này.",
        "Doanh nghiệp cung cấp dịch vụ viễn thông phải lưu trữ nhật ký hệ thống để phục vụ điều tra, xử lý hành vi vi phạm pháp luật về an ninh mạng.",
        "Chủ quản hệ thống thông tin quan trọng về an ninh quốc gia xây dựng phương án bảo vệ, ứng phó, khắc phục sự cố an ninh mạng và trình phê duyệt.",
        "Lực lượng chuyên trách bảo vệ an ninh mạng được bố trí tại Bộ Công an, Bộ Quốc phòng và được ưu tiên đào tạo, bồi dưỡng nghiệp vụ chuyên sâu.",
        "Nghiêm cấm sử dụng không gian mạng để tổ chức, hoạt động, cấu kết, xúi giục, mua chuộc, lừa gạt, lôi kéo, đào tạo, huấn luyện người chống Nhà nước.",
        "Ủy ban nhân dân cấp tỉnh tổ chức tuyên truyền, phổ biến kiến thức, nâng cao nhận thức về an ninh mạng cho cơ quan, tổ chức và người dân ở địa phương.",
    ];

    private static string Articles() => string.Concat(Duties.Select((duty, i) => $"Điều {i + 1}. Nhiệm vụ {i + 1}\n{duty}\n"));

    [Fact]
    public async Task TwoCopiesOfOneLaw_OneWithoutANumber_AreNotAnOverlap()
    {
        var numbered = "QUỐC HỘI\nLuật số: 24/2018/QH14\nLUẬT\nAN NINH MẠNG\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n" + Articles();
        var portalPage = "LUẬT\nAN NINH MẠNG\nHà Nội, ngày 12 tháng 6 năm 2018\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n" + Articles();
        var index = await IngestedTexts.IndexAsync(data.Path, ("luat-24-2018.txt", numbered), ("trang-vbpl.txt", portalPage));

        Assert.Empty(OverlapDetector.Detect(index));
    }

    [Fact]
    public async Task TwoDifferentlyNumberedDecisions_RepeatingArticles_AreAnOverlap()
    {
        var first = "ỦY BAN NHÂN DÂN TỈNH HÒA PHONG\nSố: 3/2020/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành Quy chế bảo vệ an ninh mạng\n" + Articles();
        var second = "ỦY BAN NHÂN DÂN TỈNH HÒA PHONG\nSố: 9/2023/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành Quy chế bảo vệ an ninh mạng\n" + Articles();
        var index = await IngestedTexts.IndexAsync(data.Path, ("qd-3-2020.txt", first), ("qd-9-2023.txt", second));

        var finding = Assert.Single(OverlapDetector.Detect(index));
        Assert.Contains("6 quy định gần trùng nhau (Điều 1, Điều 2,", finding.Description, StringComparison.Ordinal);
    }
}

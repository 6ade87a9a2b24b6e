using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Search;

/// <summary>
/// A query relaxed to any word that names a document by number: what holds every word comes first only when the
/// reader took the number for that document, and a named provision's own article is never put after a report that cites it.
/// </summary>
public sealed class RelaxedNumberSearchTests : IDisposable
{
    private const string Decision = """
        ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
        Số: 08/2021/QĐ-UBND
        QUYẾT ĐỊNH
        Ban hành Quy chế phối hợp trong quản lý công tác thi hành pháp luật về xử lý vi phạm hành chính
        Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.
        Điều 2. Quyết định này có hiệu lực kể từ ngày 05 tháng 5 năm 2021.
        QUY CHẾ
        Phối hợp trong quản lý công tác thi hành pháp luật về xử lý vi phạm hành chính
        (Ban hành kèm theo Quyết định số 08/2021/QĐ-UBND)
        Điều 7. Thống kê, báo cáo
        1. Các sở, ngành gửi báo cáo về Sở Tư pháp trước ngày 30 tháng 10 hằng năm.
        2. Sở Tư pháp tổng hợp báo cáo Ủy ban nhân dân tỉnh.
        """;

    private const string Report = """
        SỞ TƯ PHÁP TỈNH HÒA PHONG
        Số: 118/BC-STP
        BÁO CÁO
        Kết quả kiểm tra tình hình thi hành pháp luật năm 2023
        I. TỒN TẠI, HẠN CHẾ
        1. Thời hạn báo cáo tại khoản 1 Điều 7 Quy chế ban hành kèm theo Quyết định số 08/2021/QĐ-UBND chưa thống nhất với các văn bản khác.
        """;

    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task AClauseNamedBeforeABareNumber_ShowsTheArticleBeforeTheReportThatCitesIt()
    {
        var index = await IngestedTexts.IndexAsync(data.Path, ("qd-08-2021.txt", Decision), ("bc-118-2023.txt", Report));

        var found = new SearchEngine(index).Search(new SearchRequest { Query = "khoan 1 dieu 7 quy che 08/2021" });

        Assert.StartsWith("qd-08-2021", found.Hits[0].DocumentId.Value, StringComparison.Ordinal);
        Assert.Equal("Quy chế: Điều 7.1", found.Hits[0].MatchPath.ToString());
        Assert.Contains(found.Hits, h => h.DocumentId.Value.StartsWith("bc-118-2023", StringComparison.Ordinal)); // the report holds every word, after
    }
}

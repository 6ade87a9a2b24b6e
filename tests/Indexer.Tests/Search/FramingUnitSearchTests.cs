using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Search;

/// <summary>
/// Units that only frame the provisions — a chapter's heading, the title of the quy chế a decision issues, the
/// closing ("Nơi nhận" and signature) — answer only what nothing else in the document does.
/// </summary>
public sealed class FramingUnitSearchTests : IDisposable
{
    private const string Decision = """
        ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
        Số: 08/2021/QĐ-UBND
        QUYẾT ĐỊNH
        Ban hành Quy chế phối hợp theo dõi thi hành pháp luật về xử lý vi phạm hành chính
        Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp theo dõi thi hành pháp luật về xử lý vi phạm hành chính trên địa bàn tỉnh Hòa Phong, gồm việc theo dõi, kiểm tra, tổng hợp và báo cáo tình hình thi hành pháp luật của các sở, ban, ngành và Ủy ban nhân dân cấp huyện.
        Điều 2. Quyết định này có hiệu lực kể từ ngày 05 tháng 5 năm 2021.
        Nơi nhận:
        - Bộ Tư pháp (Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật);
        - Lưu: VT, NC.
        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Trần Thị Bình
        QUY CHẾ
        Phối hợp theo dõi thi hành pháp luật về xử lý vi phạm hành chính
        (Ban hành kèm theo Quyết định số 08/2021/QĐ-UBND ngày 22 tháng 4 năm 2021 của Ủy ban nhân dân tỉnh Hòa Phong)
        Chương I
        QUY ĐỊNH CHUNG
        Điều 1. Phạm vi điều chỉnh
        Quy chế này quy định nguyên tắc, nội dung và trách nhiệm phối hợp giữa các cơ quan trong việc theo dõi, kiểm tra tình hình thi hành pháp luật về xử lý vi phạm hành chính trên địa bàn tỉnh.
        Chương II
        NỘI DUNG PHỐI HỢP
        Điều 2. Thống kê, báo cáo
        Các sở, ngành gửi báo cáo về Sở Tư pháp trước ngày 30 tháng 10 hằng năm.
        """;

    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task TheArticleThatIssuesTheQuyChe_ComesBeforeHeadingsAndRecipients_WhichStillAnswerWhatOnlyTheyHold()
    {
        var index = await IngestedTexts.IndexAsync(data.Path, ("qd-08-2021.txt", Decision));
        var engine = new SearchEngine(index);

        var topic = engine.Search(new SearchRequest { Query = "quy che phoi hop theo doi thi hanh phap luat" });
        var signer = engine.Search(new SearchRequest { Query = "Trần Thị Bình" });
        var chapter = engine.Search(new SearchRequest { Query = "nội dung phối hợp" });

        var kinds = topic.Hits.Select(h => h.Kind).ToList();
        var lastProvision = kinds.FindLastIndex(k => k is UnitKind.Article or UnitKind.Preamble);
        var firstFraming = kinds.FindIndex(k => k is UnitKind.Container or UnitKind.Attached or UnitKind.Closing);
        Assert.Equal(5, lastProvision + 1); // the preamble and the four articles
        Assert.Equal(lastProvision + 1, firstFraming);
        Assert.Contains(UnitKind.Closing, kinds);
        Assert.Equal(UnitKind.Closing, signer.Hits[0].Kind);
        Assert.Equal(UnitKind.Container, chapter.Hits[0].Kind);
    }
}

using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Monitoring;

/// <summary>A register's history as an officer reads it: names of fields, values in words, documents by their names.</summary>
public sealed class HistoryWordsTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task AChange_ReadsInWords_DocumentsByTheirNames_NeverIdsOrJson()
    {
        var index = await IngestedTexts.IndexAsync(data.Path, ("qd-17.txt", "ỦY BAN NHÂN DÂN TỈNH HÒA PHONG\nSố: 17/2022/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành Quy chế\nĐiều 7. Báo cáo\n1. Gửi báo cáo trước ngày 15 tháng 11 hằng năm."));
        var id = Assert.Single(index.Documents.WithNumber("17/2022/QĐ-UBND")).Value;
        var changes = new Dictionary<string, FieldChange>
        {
            ["status"] = new("\"draft\"", "\"sent\""),
            ["action"] = new(null, "\"amend\""),
            ["targets"] = new(null, $$"""[{"documentId":"{{id}}","version":1,"path":"Điều 7.1"}]"""),
            ["findingIds"] = new(null, "[7,9]"),
            ["sentOn"] = new(null, "\"2025-11-10\""),
            ["deadline"] = new(null, "\"2025-12-10\""),
            ["answeredOnTime"] = new(null, "true"),
            ["outcomeDocumentId"] = new(null, $"\"{id}\""),
        };

        var words = HistoryWords.Describe(MonitoringStore.RecommendationEntity, changes, new DocumentLabels(index.Documents));

        Assert.Equal("Hình thức: Sửa đổi; Văn bản, quy định: Quyết định số 17/2022/QĐ-UBND, khoản 1 Điều 7; Phát hiện: #7, #9; Ngày gửi: 10/11/2025; "
            + "Hạn trả lời: 10/12/2025; Văn bản thực hiện: Quyết định số 17/2022/QĐ-UBND", words);
        Assert.Equal("Thời hạn: 10/12/2025", HistoryWords.Describe(MonitoringStore.TaskEntity, new Dictionary<string, FieldChange> { ["deadline"] = new(null, "\"2025-12-10\"") }, new DocumentLabels(index.Documents)));

        // A sentence keeps its own full stop and is not followed by a semicolon.
        var sentence = new Dictionary<string, FieldChange>
        {
            ["description"] = new(null, "\"Kế hoạch vẫn viện dẫn một chương trình đã kết thúc năm 2022.\""),
            ["field"] = new(null, "\"Hòa giải ở cơ sở\""),
        };
        Assert.Equal("Mô tả: Kế hoạch vẫn viện dẫn một chương trình đã kết thúc năm 2022. Lĩnh vực: Hòa giải ở cơ sở",
            HistoryWords.Describe(MonitoringStore.FindingEntity, sentence, new DocumentLabels(index.Documents)));
    }

    [Theory]
    [InlineData("Hội nghị tập huấn ngày 20/3/2026 cho 96 công chức cấp xã", "Hội nghị tập huấn ngày 20/3/2026 cho 96 công chức cấp xã")]
    [InlineData("https://stp.hoaphong.gov.vn/bao-cao-2026", "https://stp.hoaphong.gov.vn/bao-cao-2026")]
    [InlineData("qd-99-2020-da-xoa-1a2b3c", "Văn bản không còn trong kho")]
    public async Task WhatShowsATaskDone_IsANoteOrADocument_NamedAsSuch(string doneWith, string words)
    {
        var index = await IngestedTexts.IndexAsync(data.Path, ("qd-17.txt", "Số: 17/2022/QĐ-UBND\nQUYẾT ĐỊNH\nĐiều 1. Hiệu lực"));
        var labels = new DocumentLabels(index.Documents);

        Assert.Equal(words, labels.OfReference(doneWith));
        Assert.Equal("Kết quả: " + words, HistoryWords.Describe(MonitoringStore.TaskEntity, new Dictionary<string, FieldChange> { ["doneWith"] = new(null, System.Text.Json.JsonSerializer.Serialize(doneWith)) }, labels));
    }

    [Theory]
    [InlineData("recommendation", "created", "Lập dự thảo")]
    [InlineData("task", "created", "Thêm nhiệm vụ")]
    [InlineData("finding", "detected", "Bộ phát hiện ghi nhận ứng viên")]
    [InlineData("obligation", "superseded", "Được thay bằng quy định sau")]
    [InlineData("task", "something-new", "something-new")]
    public void Actions_AreNamedPerRegister(string entity, string action, string name) =>
        Assert.Equal(name, MonitoringNames.HistoryAction(entity, action));
}

using System.Text.Json;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Obligations;
using LawMonitor.Indexer.Monitoring.Plans;

namespace LawMonitor.Indexer.Tests.Monitoring;

/// <summary>Typed register ids are stored as the numbers rows written before they were typed hold.</summary>
public sealed class RegisterIdTests
{
    [Fact]
    public void Recommendation_WritesItsIdAndFindingIdsAsNumbers_AndReadsThemBack()
    {
        var recommendation = new Recommendation(new RecommendationId(12), RecommendedAction.Amend, "Ủy ban nhân dân tỉnh Hòa Phong") { FindingIds = [new FindingId(3), new FindingId(5)] };

        var json = JsonSerializer.Serialize(recommendation);
        using var document = JsonDocument.Parse(json);

        Assert.Equal(12, document.RootElement.GetProperty("Id").GetInt64());
        Assert.Equal([3L, 5L], document.RootElement.GetProperty("FindingIds").EnumerateArray().Select(e => e.GetInt64()));
        var read = JsonSerializer.Deserialize<Recommendation>("""{"Id": 12, "Action": 0, "CompetentBody": "Sở Tư pháp", "FindingIds": [3, 5]}""")!;
        Assert.Equal(new RecommendationId(12), read.Id);
        Assert.Equal([new FindingId(3), new FindingId(5)], read.FindingIds);
        Assert.Equal("12", read.Id.ToString());
    }

    [Fact]
    public void TasksAndDutiesToReport_WriteTheirIdsAsNumbers_TheSupersedingOnesToo_AndReadRowsWrittenBeforeTheIdsWereTyped()
    {
        var task = new PlanTask(new PlanTaskId(7), "Kiểm tra tình hình thi hành pháp luật tại ba sở") { FindingIds = [new FindingId(2)] };
        var duty = new ReportingObligation(new ObligationId(4), "các sở, ban, ngành", "Sở Tư pháp", "báo cáo công tác theo dõi tình hình thi hành pháp luật")
        {
            Supersedes = new ObligationId(1),
        };

        using var taskJson = JsonDocument.Parse(JsonSerializer.Serialize(task));
        using var dutyJson = JsonDocument.Parse(JsonSerializer.Serialize(duty));

        Assert.Equal(7, taskJson.RootElement.GetProperty("Id").GetInt64());
        Assert.Equal(4, dutyJson.RootElement.GetProperty("Id").GetInt64());
        Assert.Equal(1, dutyJson.RootElement.GetProperty("Supersedes").GetInt64());
        Assert.Equal(JsonValueKind.Null, dutyJson.RootElement.GetProperty("SupersededBy").ValueKind);
        var read = JsonSerializer.Deserialize<ReportingObligation>("""{"Id": 4, "Obligor": "các sở", "Recipient": "Sở Tư pháp", "ReportName": "báo cáo", "SupersededBy": 9, "Supersedes": null}""")!;
        Assert.Equal((new ObligationId(4), new ObligationId(9), (ObligationId?)null), (read.Id, read.SupersededBy, read.Supersedes));
        Assert.Equal(new PlanTaskId(7), JsonSerializer.Deserialize<PlanTask>("""{"Id": 7, "Content": "Kiểm tra"}""")!.Id);
        Assert.True(new PlanTaskId(3) < new PlanTaskId(7));
    }
}

using System.Text.Json;
using LawMonitor.Indexer.Monitoring;

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
}

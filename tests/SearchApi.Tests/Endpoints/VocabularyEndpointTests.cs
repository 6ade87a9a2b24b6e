using System.Net;
using System.Text.Json;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.SearchApi.Security;
using LawMonitor.SearchApi.Tests.Support;

namespace LawMonitor.SearchApi.Tests.Endpoints;

/// <summary>The codes and their Vietnamese names the web UI labels itself with, as the registers name them.</summary>
public sealed class VocabularyEndpointTests(ClockedService service) : IClassFixture<ClockedService>
{
    [Fact]
    public async Task EveryCodeHasTheRegistersName_InTheirOrder_WithoutSigningIn()
    {
        using var response = await service.Client.GetAsync("/api/vocabulary"); // no token, no session: the sign-in page reads it too

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var v = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        static List<(string, string)> Pairs(JsonElement map) => [.. map.EnumerateObject().Select(p => (p.Name, p.Value.GetString()!))];

        Assert.Equal(Enum.GetValues<FindingClass>().Select(c => (JsonNamingPolicy.CamelCase.ConvertName(c.ToString()), MonitoringNames.Of(c))), Pairs(v.GetProperty("findingClasses")));
        Assert.Equal(Enum.GetValues<RecommendedAction>().Select(a => (JsonNamingPolicy.CamelCase.ConvertName(a.ToString()), MonitoringNames.Of(a))), Pairs(v.GetProperty("actions")));
        Assert.Equal(Enum.GetValues<Role>().Select(r => (JsonNamingPolicy.CamelCase.ConvertName(r.ToString()), SecurityNames.Of(r))), Pairs(v.GetProperty("roles")));
        Assert.Equal([("open", "Chờ xem xét"), ("confirmed", "Đã xác nhận"), ("dismissed", "Đã loại")], Pairs(v.GetProperty("findingStatuses")));
        Assert.Equal(("partlyAccepted", "Tiếp thu một phần"), Pairs(v.GetProperty("verdicts"))[1]);
        Assert.Equal(("draft", "Dự thảo"), Pairs(v.GetProperty("recommendationStatuses"))[0]);
    }
}

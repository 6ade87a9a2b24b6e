using System.Diagnostics;
using System.Text.Json.Nodes;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Tests.Support;

namespace LawMonitor.SearchApi.Tests.Endpoints;

/// <summary>
/// The OpenAPI document the service serves is the one checked in (docs/openapi/v1.json), so a change to the
/// API is a visible change to its contract; and it is valid OpenAPI by an independent validator (the
/// specification's JSON schemas, in tools/openapi-validator, run with Node.js).
/// To accept a change: <c>LAWMONITOR_UPDATE_OPENAPI=1 ./scripts/test.sh --filter OpenApiDocumentTests</c>.
/// </summary>
public sealed class OpenApiDocumentTests(RunningService service) : IClassFixture<RunningService>
{
    private static readonly string CheckedIn = Path.Combine(SharedData.RepositoryRoot, "docs", "openapi", "v1.json");

    private async Task<string> ServedAsync()
    {
        var served = JsonNode.Parse(await service.Client.GetStringAsync("/openapi/v1.json"))!.AsObject();
        served.Remove("servers"); // the test server's random port
        return served.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    [Fact]
    public async Task ServedDocument_IsTheCheckedInOne()
    {
        var served = await ServedAsync();
        if (Environment.GetEnvironmentVariable("LAWMONITOR_UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CheckedIn)!);
            await File.WriteAllTextAsync(CheckedIn, served);
        }

        Assert.True(File.Exists(CheckedIn), $"{CheckedIn} is missing: run LAWMONITOR_UPDATE_OPENAPI=1 ./scripts/test.sh --filter OpenApiDocumentTests");
        var checkedIn = await File.ReadAllTextAsync(CheckedIn);
        Assert.True(checkedIn == served,
            "The API changed but docs/openapi/v1.json did not. Review the change, then accept it with LAWMONITOR_UPDATE_OPENAPI=1 ./scripts/test.sh --filter OpenApiDocumentTests");
    }

    [Fact]
    public async Task CheckedInDocument_IsValidOpenApi_ByAnIndependentValidator()
    {
        var tool = Path.Combine(SharedData.RepositoryRoot, "tools", "openapi-validator");
        Assert.True(Directory.Exists(Path.Combine(tool, "node_modules")), "tools/openapi-validator/node_modules is missing: run scripts/bootstrap.sh (it runs npm ci there)");
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = tool };
        info.ArgumentList.Add("validate.mjs");
        info.ArgumentList.Add(CheckedIn);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await stdout + await stderr);
        Assert.Contains("valid OpenAPI 3.1", await stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_DescribesEveryEndpointFamily_AndItsProblems()
    {
        var document = JsonNode.Parse(await ServedAsync())!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();

        foreach (var expected in new[] { "/api/search", "/api/documents/{id}", "/api/documents/{id}/versions/{from}/diff/{to}", "/api/findings/{id}/confirm", "/api/recommendations/{id}/send",
                     "/api/reports/recommendations", "/api/sources/{name}/runs", "/api/alerts/saved-searches", "/api/auth/login", "/api/users" })
        {
            Assert.Contains(expected, paths);
        }

        // Every operation is tagged by its feature: an untagged one would carry the host's name, which differs between the test host and the service.
        var tags = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => o.Value!["tags"]?[0]?.GetValue<string>())).ToList();
        Assert.All(tags, t => Assert.True(t is not null && t != "testhost" && !t.StartsWith("LawMonitor.", StringComparison.Ordinal), t ?? "untagged"));

        var send = document["paths"]!["/api/recommendations/{id}/send"]!["post"]!["responses"]!.AsObject().Select(r => r.Key).ToList();
        Assert.Subset(send.ToHashSet(), new HashSet<string> { "200", "400", "401", "403", "404", "409", "412", "428" });
    }
}

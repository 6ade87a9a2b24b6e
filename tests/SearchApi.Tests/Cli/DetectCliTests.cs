using System.Text.Json;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.SearchApi.Tests.Cli;

/// <summary>The real <c>ingest</c> and <c>detect</c> verbs over the bundled demo corpus.</summary>
public sealed class DetectCliTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Ingest_RunsTheDetectors_AndDetectNeverAddsTheSameCandidateTwice()
    {
        var ingest = await Support.Cli.RunAsync("ingest", DemoCorpus.Folder, "--data", data.Path, "--json");
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("Phát hiện: 5 ứng viên mới", ingest.Stderr, StringComparison.Ordinal);

        var again = await Support.Cli.RunAsync("detect", "--data", data.Path, "--json");

        Assert.Equal(0, again.ExitCode);
        var run = JsonDocument.Parse(again.Stdout).RootElement;
        Assert.Equal(2, run.GetProperty("found").GetProperty("rule:lapsed-basis").GetInt32());
        Assert.Equal(1, run.GetProperty("found").GetProperty("rule:ended-programme").GetInt32());
        Assert.All(run.GetProperty("added").EnumerateObject(), p => Assert.Equal(0, p.Value.GetInt32()));
        Assert.Contains(run.GetProperty("open").EnumerateArray(), f => f.GetProperty("description").GetString()!.Contains("59/2012/NĐ-CP", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingest_WithNoDetect_LeavesTheRegisterEmpty()
    {
        Assert.Equal(0, (await Support.Cli.RunAsync("ingest", DemoCorpus.Folder, "--data", data.Path, "--json", "--no-detect")).ExitCode);

        var findings = await Support.Cli.RunAsync("findings", "--data", data.Path, "--json");

        Assert.Equal("[]", findings.Stdout.Trim());
    }
}

using System.Text.Json;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.SearchApi.Tests.Cli;

/// <summary>The real <c>detect</c> verb over the bundled demo corpus.</summary>
public sealed class DetectCliTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Detect_OnTheDemoCorpus_FindsItsLapsedBasisAndOverlap_AndNeverTwice()
    {
        var corpus = Path.Combine(SharedData.RepositoryRoot, "corpus", "hoa-phong");
        Assert.Equal(0, (await Support.Cli.RunAsync("ingest", corpus, "--data", data.Path, "--json")).ExitCode);

        var first = await Support.Cli.RunAsync("detect", "--data", data.Path, "--json");
        var second = await Support.Cli.RunAsync("detect", "--data", data.Path, "--json");

        Assert.Equal(0, first.ExitCode);
        var run = JsonDocument.Parse(first.Stdout).RootElement;
        Assert.Equal(1, run.GetProperty("added").GetProperty("rule:lapsed-basis").GetInt32());
        Assert.Equal(1, run.GetProperty("added").GetProperty("rule:overlap").GetInt32());
        Assert.Contains(run.GetProperty("open").EnumerateArray(), f => f.GetProperty("description").GetString()!.Contains("59/2012/NĐ-CP", StringComparison.Ordinal));
        var again = JsonDocument.Parse(second.Stdout).RootElement.GetProperty("added");
        Assert.All(again.EnumerateObject(), p => Assert.Equal(0, p.Value.GetInt32()));
    }
}

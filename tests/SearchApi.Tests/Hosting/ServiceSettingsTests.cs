using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Hosting;
using Microsoft.Extensions.Options;

namespace LawMonitor.SearchApi.Tests.Hosting;

/// <summary>
/// Settings out of range stop the service as it is built, with a sentence naming the setting — from the host, and
/// from <c>./lawmonitor serve</c> as exit code 1 without a stack trace — before anything is written to the data folder.
/// </summary>
public sealed class ServiceSettingsTests
{
    [Theory]
    [InlineData("Monitoring:AnswerDays", "0")]
    [InlineData("Search:PostingsCacheMegabytes", "8")]
    [InlineData("Ingest:MaxPages", "0")]
    [InlineData("Crawler:CheckSeconds", "0")]
    public async Task SettingOutOfRange_StopsTheStart_NamingIt(string setting, string value)
    {
        using var data = new TempDirectory();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            // Checked as the service is built, before any store is opened.
            await using var app = ServiceHost.Build(new ServiceOptions
            {
                DataDirectory = data.Path,
                Urls = "http://127.0.0.1:0",
                CorpusDirectory = null,
                Settings = new Dictionary<string, string?> { [setting] = value },
            });
            await app.StartAsync();
        });

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(data.Path, "*.db")); // nothing opened, nothing written
    }

    [Fact]
    public async Task Serve_WithASettingOutOfRange_ExitsOneNamingIt()
    {
        using var data = new TempDirectory();

        var result = await Support.Cli.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["Monitoring__AnswerDays"] = "400" },
            "serve", "--data", data.Path, "--urls", "http://127.0.0.1:0", "--corpus", Path.Combine(data.Path, "none"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("lawmonitor: Monitoring:AnswerDays phải từ 1 đến 365 (is 400)", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCliVerbsThatReadASetting_RefuseItOutOfRange_AsTheServiceDoes()
    {
        using var data = new TempDirectory();

        var result = await Support.Cli.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["Monitoring__AnswerDays"] = "0" },
            "report", "--format", "docx", "--out", Path.Combine(data.Path, "bao-cao.docx"), "--data", data.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("lawmonitor: Monitoring:AnswerDays phải từ 1 đến 365 (is 0)", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data.Path, "bao-cao.docx")));
    }
}

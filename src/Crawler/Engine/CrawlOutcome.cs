using System.Diagnostics.CodeAnalysis;
using LawMonitor.Crawler.Frontier;

namespace LawMonitor.Crawler.Engine;

/// <summary>A finished (or interrupted) run, or why none could start: "busy" (the source is being crawled), "public-host" (politeness off for a public host).</summary>
public sealed record CrawlOutcome(CrawlRun? Run, string? ErrorCode, string? ErrorMessage)
{
    [MemberNotNullWhen(true, nameof(Run))]
    public bool Started => Run is not null;

    public static CrawlOutcome Of(CrawlRun run) => new(run, null, null);

    public static CrawlOutcome Refused(string code, string message) => new(null, code, message);
}

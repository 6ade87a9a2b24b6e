using System.Diagnostics.CodeAnalysis;

namespace LawMonitor.Crawler.Sources;

/// <summary>A source read from JSON, or every error found in it.</summary>
public sealed record SourceReadResult
{
    private SourceReadResult(CrawlSource? source, IReadOnlyList<SourceError> errors)
    {
        Source = source;
        Errors = errors;
    }

    public CrawlSource? Source { get; }

    public IReadOnlyList<SourceError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Source))]
    public bool Succeeded => Source is not null;

    public static SourceReadResult Success(CrawlSource source) => new(source, []);

    public static SourceReadResult Failure(IReadOnlyList<SourceError> errors) => new(null, errors);
}

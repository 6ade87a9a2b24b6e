using System.Text.Json;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A configured source: its definition as given, where it came from, whether it is valid, and its latest run.</summary>
public sealed record SourceResponse(string Name, string Origin, DateTimeOffset UpdatedAt, JsonElement Definition, bool Valid, IReadOnlyList<SourceErrorResponse> Errors, CrawlRunResponse? LastRun);

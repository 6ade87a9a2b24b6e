using LawMonitor.Indexer.Search;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>One hit: the provision, its document, and an HTML-escaped snippet with &lt;mark&gt; around matches.</summary>
public sealed record SearchHitResponse(
    string DocumentId,
    string? Number,
    string? Title,
    string? Type,
    string? Issuer,
    DateOnly? IssueDate,
    string Status,
    string Kind,
    string Path,
    string MatchPath,
    string Heading,
    string SnippetHtml,
    double Score)
{
    public static SearchHitResponse From(SearchHit hit) => new(
        hit.DocumentId, hit.Number, hit.Title, hit.Type, hit.Issuer, hit.IssueDate, hit.Status, hit.Kind, hit.Path, hit.MatchPath, hit.Heading, hit.Snippet, hit.Score);
}

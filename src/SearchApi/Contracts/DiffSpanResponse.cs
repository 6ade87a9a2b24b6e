using LawMonitor.Indexer.Monitoring;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A span of a word diff: <c>same</c>, <c>changed</c> or <c>gap</c> ("…"), with each side's words as written.</summary>
public sealed record DiffSpanResponse(string Kind, string Left, string Right)
{
    public static DiffSpanResponse From(DiffSpan span)
    {
        ArgumentNullException.ThrowIfNull(span);
        return new(FindingResponse.Camel(span.Kind.ToString()), span.Left, span.Right);
    }
}

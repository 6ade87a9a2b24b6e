using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Search.Query;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>
/// A document number typed in the query and what the index knows of it: the held documents with that number
/// (<c>held</c>, each with its label), or that none is held and how many documents cite it. <c>message</c> says
/// it in Vietnamese: "Không có văn bản 59/2012/NĐ-CP trong kho — 3 văn bản viện dẫn văn bản này".
/// </summary>
public sealed record NumberLookupResponse(string Typed, string? Number, IReadOnlyList<NumberLookupDocument> Held, int CitingDocuments, string Message)
{
    public static NumberLookupResponse From(string typed, NumberLookup lookup, DocumentLabels labels)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(labels);
        var held = lookup.Held.Select(id => new NumberLookupDocument(id.Value, labels.Of(id))).ToList();
        var shown = lookup.Display ?? typed;
        var message = held.Count switch
        {
            1 => $"Văn bản có số hiệu {shown}: {held[0].Label}",
            > 1 => $"{held.Count} văn bản có số hiệu {shown}",
            _ when lookup.CitedBy.Count > 0 => $"Không có văn bản {shown} trong kho — {lookup.CitedBy.Count} văn bản viện dẫn văn bản này",
            _ => $"Không có văn bản {shown} trong kho, và không văn bản nào viện dẫn số hiệu này",
        };
        return new(typed, lookup.Display, held, lookup.CitedBy.Count, message);
    }

    /// <summary>Each document number the query names, looked up in the index (the same answer for the API and the CLI).</summary>
    public static IReadOnlyList<NumberLookupResponse> ForQuery(SearchResult result, LegalIndex index)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(index);
        var labels = new DocumentLabels(index.Documents);
        return result.Parsed.PositiveItems.OfType<KeyItem>()
            .Where(k => k.Kind == TokenKind.LegalNumber)
            .DistinctBy(k => k.Key)
            .Select(k => From(k.Text, index.Documents.LookUpNumber(k.Key), labels))
            .ToList();
    }
}

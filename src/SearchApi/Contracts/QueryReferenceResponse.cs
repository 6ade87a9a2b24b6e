using LawMonitor.Indexer.Search.References;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>
/// A document or provision the query named, as recognised: the words typed, how a legal officer writes it
/// ("Điều 143 Luật Tố tụng hành chính"), the document, the provision path ("Điều 143.1", null for the document
/// alone), and whether the index holds that provision (it is then the first hit).
/// </summary>
public sealed record QueryReferenceResponse(string Typed, string Label, string Document, string? Path, bool Found)
{
    public static QueryReferenceResponse From(QueryReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new(reference.Text, reference.Label, reference.Document, reference.Path?.ToString(), reference.Found);
    }
}

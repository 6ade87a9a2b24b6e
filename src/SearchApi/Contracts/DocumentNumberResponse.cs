using LawMonitor.Indexer.Model;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A document number: as written, its canonical key, and every key it answers to in search.</summary>
public sealed record DocumentNumberResponse(string Display, string Key, IReadOnlyList<string> Variants)
{
    public static DocumentNumberResponse? From(DocumentNumber? number) => number is null ? null : new(number.Display, number.Key, number.Keys);
}

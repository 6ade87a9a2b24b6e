namespace LawMonitor.Indexer.Search.Query;

/// <summary>A query as understood: required clauses, exclusions, filters, and what the user should be told.</summary>
/// <param name="Clauses">Everything that should match; all of it in strict mode, any of it when relaxed.</param>
/// <param name="Excluded">Words and phrases that must not occur.</param>
/// <param name="Filters">Metadata filters.</param>
/// <param name="Notices">Messages about the query, in Vietnamese ("Dấu ngoặc kép chưa đóng …").</param>
public sealed record ParsedQuery(
    IReadOnlyList<QueryClause> Clauses,
    IReadOnlyList<QueryItem> Excluded,
    QueryFilters Filters,
    IReadOnlyList<string> Notices)
{
    /// <summary>Whether the query asks for any text at all.</summary>
    public bool HasText => Clauses.Count > 0;

    /// <summary>Every item that asks for text, alternatives included.</summary>
    public IEnumerable<QueryItem> PositiveItems => Clauses.SelectMany(c => c.Alternatives);

    /// <summary>Whether any word was typed with diacritics.</summary>
    public bool HasDiacritics => PositiveItems.Any(i => i switch
    {
        WordItem w => w.HasDiacritics,
        PhraseItem p => p.Words.Any(w => w.HasDiacritics),
        _ => false,
    });

    /// <summary>Whether the query is nothing but document numbers (a "jump to document").</summary>
    public bool IsNumberOnly => HasText && PositiveItems.All(i => i is KeyItem { Kind: Analysis.TokenKind.LegalNumber });
}

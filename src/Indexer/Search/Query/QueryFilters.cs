namespace LawMonitor.Indexer.Search.Query;

/// <summary>Metadata filters, from the query (<c>loai:</c>, <c>nam:</c> …) or from the request.</summary>
public sealed record QueryFilters
{
    /// <summary>No filter.</summary>
    public static QueryFilters None { get; } = new();

    /// <summary>Document number keys the document's own number must answer to.</summary>
    public IReadOnlyList<string> NumberKeys { get; init; } = [];

    /// <summary>The folded type key ("nghi dinh").</summary>
    public string? TypeKey { get; init; }

    /// <summary>Folded words the issuer must contain ("bo tu phap").</summary>
    public string? IssuerKey { get; init; }

    /// <summary>Year of issue.</summary>
    public YearRange? Years { get; init; }

    /// <summary>Effect-status code ("con-hieu-luc").</summary>
    public string? StatusCode { get; init; }

    /// <summary>The source, as stored.</summary>
    public string? Source { get; init; }

    /// <summary>The documents (internal row ids) a result must come from, when a query names them; null for any.</summary>
    internal IReadOnlyCollection<long>? DocumentIds { get; init; }

    /// <summary>Whether any filter is set.</summary>
    public bool Any => NumberKeys.Count > 0 || TypeKey is not null || IssuerKey is not null || Years is not null || StatusCode is not null || Source is not null;

    /// <summary>This set with <paramref name="other"/>'s filters added where this one has none.</summary>
    public QueryFilters Merge(QueryFilters other) => new()
    {
        NumberKeys = NumberKeys.Count > 0 ? NumberKeys : other.NumberKeys,
        TypeKey = TypeKey ?? other.TypeKey,
        IssuerKey = IssuerKey ?? other.IssuerKey,
        Years = Years ?? other.Years,
        StatusCode = StatusCode ?? other.StatusCode,
        Source = Source ?? other.Source,
    };
}

namespace LawMonitor.Indexer.Search.Query;

/// <summary>Something a query asks to find.</summary>
public abstract record QueryItem
{
    /// <summary>How the item is shown back to the user.</summary>
    public abstract string Display { get; }
}

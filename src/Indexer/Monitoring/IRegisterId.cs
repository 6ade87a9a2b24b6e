namespace LawMonitor.Indexer.Monitoring;

/// <summary>The number of a record in a register: typed, so a finding's number is never passed where a recommendation's is meant.</summary>
/// <typeparam name="TSelf">The id type.</typeparam>
public interface IRegisterId<TSelf>
    where TSelf : struct, IRegisterId<TSelf>
{
    /// <summary>The row number (0 before the record is stored).</summary>
    long Value { get; }

    /// <summary>The id of row <paramref name="value"/>.</summary>
    static abstract TSelf From(long value);
}

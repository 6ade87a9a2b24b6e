using System.Globalization;
using System.Text.Json.Serialization;

namespace LawMonitor.Indexer.Monitoring;

/// <summary>The number of a finding in its register.</summary>
/// <param name="Value">The row number (0 before it is stored).</param>
[JsonConverter(typeof(RegisterIdJsonConverter))]
public readonly record struct FindingId(long Value) : IRegisterId<FindingId>, IComparable<FindingId>
{
    public static FindingId From(long value) => new(value);

    public static bool operator <(FindingId left, FindingId right) => left.Value < right.Value;

    public static bool operator >(FindingId left, FindingId right) => left.Value > right.Value;

    public static bool operator <=(FindingId left, FindingId right) => left.Value <= right.Value;

    public static bool operator >=(FindingId left, FindingId right) => left.Value >= right.Value;

    /// <summary>Register order: the order the records were made in.</summary>
    public int CompareTo(FindingId other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

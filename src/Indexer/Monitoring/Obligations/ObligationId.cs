using System.Globalization;
using System.Text.Json.Serialization;

namespace LawMonitor.Indexer.Monitoring.Obligations;

/// <summary>The number of a duty to report in its register.</summary>
/// <param name="Value">The row number (0 before it is stored).</param>
[JsonConverter(typeof(RegisterIdJsonConverter))]
public readonly record struct ObligationId(long Value) : IRegisterId<ObligationId>, IComparable<ObligationId>
{
    public static ObligationId From(long value) => new(value);

    public static bool operator <(ObligationId left, ObligationId right) => left.Value < right.Value;

    public static bool operator >(ObligationId left, ObligationId right) => left.Value > right.Value;

    public static bool operator <=(ObligationId left, ObligationId right) => left.Value <= right.Value;

    public static bool operator >=(ObligationId left, ObligationId right) => left.Value >= right.Value;

    /// <summary>Register order: the order the records were made in.</summary>
    public int CompareTo(ObligationId other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

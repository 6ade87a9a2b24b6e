using System.Globalization;
using System.Text.Json.Serialization;

namespace LawMonitor.Indexer.Monitoring.Plans;

/// <summary>The number of a task in its register.</summary>
/// <param name="Value">The row number (0 before it is stored).</param>
[JsonConverter(typeof(RegisterIdJsonConverter))]
public readonly record struct PlanTaskId(long Value) : IRegisterId<PlanTaskId>, IComparable<PlanTaskId>
{
    public static PlanTaskId From(long value) => new(value);

    public static bool operator <(PlanTaskId left, PlanTaskId right) => left.Value < right.Value;

    public static bool operator >(PlanTaskId left, PlanTaskId right) => left.Value > right.Value;

    public static bool operator <=(PlanTaskId left, PlanTaskId right) => left.Value <= right.Value;

    public static bool operator >=(PlanTaskId left, PlanTaskId right) => left.Value >= right.Value;

    /// <summary>Register order: the order the records were made in.</summary>
    public int CompareTo(PlanTaskId other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

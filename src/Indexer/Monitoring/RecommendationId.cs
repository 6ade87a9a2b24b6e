using System.Globalization;
using System.Text.Json.Serialization;

namespace LawMonitor.Indexer.Monitoring;

/// <summary>The number of a recommendation in its register.</summary>
/// <param name="Value">The row number (0 before it is stored).</param>
[JsonConverter(typeof(RegisterIdJsonConverter))]
public readonly record struct RecommendationId(long Value) : IRegisterId<RecommendationId>, IComparable<RecommendationId>
{
    public static RecommendationId From(long value) => new(value);

    public static bool operator <(RecommendationId left, RecommendationId right) => left.Value < right.Value;

    public static bool operator >(RecommendationId left, RecommendationId right) => left.Value > right.Value;

    public static bool operator <=(RecommendationId left, RecommendationId right) => left.Value <= right.Value;

    public static bool operator >=(RecommendationId left, RecommendationId right) => left.Value >= right.Value;

    /// <summary>Register order: the order the records were made in.</summary>
    public int CompareTo(RecommendationId other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

using LawMonitor.Indexer.Monitoring.Plans;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A deadline as the provision writes it (<c>text</c>) and as days: <c>due</c> is the last day, <c>from</c> the first of a period.</summary>
public sealed record DeadlineResponse(string Kind, string Text, DateOnly? Due, DateOnly? From, string? Every)
{
    public static DeadlineResponse Of(TaskDeadline d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(FindingResponse.Camel(d.Kind.ToString()), d.Text, d.Due, d.From, d.Every is { } e ? FindingResponse.Camel(e.ToString()) : null);
    }
}

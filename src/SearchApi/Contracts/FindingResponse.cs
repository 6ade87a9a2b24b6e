using LawMonitor.Indexer.Monitoring;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A finding of the register; <c>className</c> and <c>statusName</c> are the Vietnamese names.</summary>
public sealed record FindingResponse(
    long Id,
    string Class,
    string ClassName,
    string Status,
    string StatusName,
    string Description,
    IReadOnlyList<ProvisionReferenceResponse> Provisions,
    IReadOnlyList<EvidenceBody> Evidence,
    string? Field,
    string FoundBy,
    string? Reason,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static FindingResponse From(Finding f) => new(
        f.Id, Camel(f.Class.ToString()), MonitoringNames.Of(f.Class), Camel(f.Status.ToString()), MonitoringNames.Of(f.Status), f.Description,
        f.Provisions.Select(ProvisionReferenceResponse.From).ToList(), f.Evidence.Select(EvidenceBody.From).ToList(), f.Field, f.FoundBy, f.Reason, f.Version, f.CreatedAt, f.UpdatedAt);

    internal static string Camel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}

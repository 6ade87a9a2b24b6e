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
    /// <summary>Who found it as people read it: "Bộ phát hiện căn cứ hết hiệu lực", or the person by their account's display name.</summary>
    public string? FoundByName { get; init; }

    /// <summary>The content a recommendation drafted from this finding starts with (<see cref="RecommendationDraft"/>).</summary>
    public string? SuggestedContent { get; init; }

    public static FindingResponse From(Finding f, DocumentLabels labels) => new(
        f.Id.Value, Camel(f.Class.ToString()), MonitoringNames.Of(f.Class), Camel(f.Status.ToString()), MonitoringNames.Of(f.Status), f.Description,
        f.Provisions.Select(p => ProvisionReferenceResponse.From(p, labels)).ToList(), f.Evidence.Select(e => EvidenceBody.From(e, labels)).ToList(), f.Field, f.FoundBy, f.Reason, f.Version, f.CreatedAt, f.UpdatedAt)
    {
        FoundByName = labels.Person(f.FoundBy),
        SuggestedContent = RecommendationDraft.For(f, labels),
    };

    internal static string Camel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}

using LawMonitor.Indexer.Monitoring;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>
/// One change to a register record: the version it made, when, who (<c>actorName</c>: a person, or the reader or
/// detector in words), what it did (<c>actionName</c>) and changed (field → old and new JSON; <c>changesText</c>: the
/// same in words, as the CLI prints it), why.
/// </summary>
public sealed record HistoryEntryResponse(int Version, DateTimeOffset At, string Actor, string Action, IReadOnlyDictionary<string, FieldChange> Changes, string? Reason)
{
    public string ActorName { get; init; } = Actor;

    /// <summary>What the change did, in Vietnamese: "Lập dự thảo", "Hoàn thành".</summary>
    public string ActionName { get; init; } = Action;

    /// <summary>What it set, in words (<see cref="HistoryWords"/>): "Công văn gửi: 87/STP-XDKTVB; Ngày gửi: 08/04/2025"; empty when only bookkeeping changed.</summary>
    public string ChangesText { get; init; } = "";

    public static HistoryEntryResponse From(HistoryEntry h, string entity, DocumentLabels labels) =>
        new(h.Version, h.At, h.Actor, h.Action, h.Changes, h.Reason) { ActorName = labels.Person(h.Actor), ActionName = MonitoringNames.HistoryAction(entity, h.Action), ChangesText = HistoryWords.Describe(entity, h.Changes, labels) };
}

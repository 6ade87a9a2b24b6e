using System.Text.Json;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.SearchApi.Security;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>
/// The codes the API speaks with their Vietnamese names, in the registers' order, from the one place each name is
/// decided (<see cref="MonitoringNames"/>, <see cref="SecurityNames"/>): the web UI labels its lists, tabs and forms
/// with them instead of keeping copies.
/// </summary>
public sealed record VocabularyResponse(
    IReadOnlyDictionary<string, string> FindingClasses,
    IReadOnlyDictionary<string, string> FindingStatuses,
    IReadOnlyDictionary<string, string> RecommendationStatuses,
    IReadOnlyDictionary<string, string> Actions,
    IReadOnlyDictionary<string, string> Verdicts,
    IReadOnlyDictionary<string, string> Roles)
{
    public static VocabularyResponse Current { get; } = new(
        Names<FindingClass>(MonitoringNames.Of),
        Names<FindingStatus>(s => Capitalised(MonitoringNames.Of(s))),
        Names<RecommendationStatus>(s => Capitalised(MonitoringNames.Of(s))),
        Names<RecommendedAction>(MonitoringNames.Of),
        Names<AnswerVerdict>(MonitoringNames.Of),
        Names<Role>(SecurityNames.Of));

    private static Dictionary<string, string> Names<T>(Func<T, string> name)
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), name, StringComparer.Ordinal);

    /// <summary>A status as a tab or a badge writes it: "Chờ xem xét" (in a sentence it is "chờ xem xét").</summary>
    private static string Capitalised(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}

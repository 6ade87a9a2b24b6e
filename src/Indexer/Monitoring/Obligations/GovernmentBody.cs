namespace LawMonitor.Indexer.Monitoring.Obligations;

/// <summary>
/// A body of the province (a sở, the provincial police, a district or commune People's Committee) and the groups
/// provisions address it by ("các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"): the directory that tells whom
/// "the departments send their reports" means, so that each one's report is tracked.
/// </summary>
/// <param name="Name">"Sở Tài nguyên và Môi trường".</param>
/// <param name="Groups">The words that address it with others.</param>
public sealed record GovernmentBody(string Name, IReadOnlyList<string> Groups);

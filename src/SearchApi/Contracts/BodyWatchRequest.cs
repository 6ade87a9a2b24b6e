namespace LawMonitor.SearchApi.Contracts;

/// <summary>A body to watch, by its name ("Sở Tư pháp"); a name the directory of bodies knows is written as the directory writes it.</summary>
public sealed record BodyWatchRequest(string? Body);

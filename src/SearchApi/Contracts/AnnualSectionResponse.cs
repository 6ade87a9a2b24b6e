namespace LawMonitor.SearchApi.Contracts;

/// <summary>A section of the annual report: its key, its heading, whether the officer writes it (<c>placeholder</c>) and what they are asked to write.</summary>
public sealed record AnnualSectionResponse(string Key, string Heading, bool Placeholder, string? Prompt);

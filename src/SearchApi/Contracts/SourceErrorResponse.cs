namespace LawMonitor.SearchApi.Contracts;

/// <summary>What is wrong with one field of a source definition.</summary>
public sealed record SourceErrorResponse(string Field, string Code, string Message);

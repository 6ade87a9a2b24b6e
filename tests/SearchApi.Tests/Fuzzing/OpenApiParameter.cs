namespace LawMonitor.SearchApi.Tests.Fuzzing;

/// <summary>A path or query parameter of an operation: its name, where it goes, its JSON type, and whether it is required.</summary>
public sealed record OpenApiParameter(string Name, string In, string Type, bool Required);

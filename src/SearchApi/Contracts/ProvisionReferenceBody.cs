namespace LawMonitor.SearchApi.Contracts;

/// <summary>A provision as a request names it: the document by id or number, the path ("Điều 7.1"), optionally the character span.</summary>
public sealed record ProvisionReferenceBody(string Document, string? Path = null, int? Start = null, int? End = null);

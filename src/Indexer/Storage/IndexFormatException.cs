namespace LawMonitor.Indexer.Storage;

/// <summary>The database at the given path is not an index this version can read.</summary>
public sealed class IndexFormatException(string message) : Exception(message);

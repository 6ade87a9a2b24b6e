namespace LawMonitor.Indexer.Storage.Sqlite;

/// <summary>A store's file cannot be used by this build (written by a newer one, or not a database); the message names the file and what to do.</summary>
public sealed class StoreFormatException : Exception
{
    public StoreFormatException()
    {
    }

    public StoreFormatException(string message)
        : base(message)
    {
    }

    public StoreFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

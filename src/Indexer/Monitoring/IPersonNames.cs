namespace LawMonitor.Indexer.Monitoring;

/// <summary>The names people are shown by: an account's display name ("Nguyễn Thị Lan") for its login name ("nguyen.thi.lan").</summary>
public interface IPersonNames
{
    /// <summary>The display name of the account <paramref name="account"/>, or null when there is no such account.</summary>
    string? DisplayName(string account);
}

namespace LawMonitor.SearchApi.Security;

/// <summary>Authorization policies: which role an endpoint needs.</summary>
internal static class Policies
{
    /// <summary>Searching and reading documents: any role, or anyone while an admin has public search on.</summary>
    public const string Browse = "browse";

    /// <summary>Reading what needs an account: registers, reports, sources, crawl runs (any role).</summary>
    public const string Read = "read";

    /// <summary>Writing: ingesting documents, editing registers (analyst or admin).</summary>
    public const string Write = "write";

    /// <summary>Administration: sources, users, tokens (admin).</summary>
    public const string Admin = "admin";
}

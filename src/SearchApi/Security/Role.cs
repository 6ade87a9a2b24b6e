namespace LawMonitor.SearchApi.Security;

/// <summary>What a user or a program may do. Each role includes the ones before it.</summary>
public enum Role
{
    /// <summary>Search and read.</summary>
    Viewer,

    /// <summary>Also ingest documents and keep the findings and recommendations registers.</summary>
    Analyst,

    /// <summary>Also manage sources, users and tokens.</summary>
    Admin,
}

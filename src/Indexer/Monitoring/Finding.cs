namespace LawMonitor.Indexer.Monitoring;

/// <summary>
/// What is wrong with one or more provisions, with its provenance: the provisions (document, version, path,
/// span), the evidence, the field (lĩnh vực), who or which rule found it, and where it stands.
/// </summary>
/// <param name="Id">Its number in the register (0 before it is stored).</param>
/// <param name="Class">What kind of problem.</param>
/// <param name="Description">What is wrong, in the officer's words.</param>
public sealed record Finding(FindingId Id, FindingClass Class, string Description)
{
    public IReadOnlyList<ProvisionReference> Provisions { get; init; } = [];

    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>Lĩnh vực: đất đai, xây dựng, xử lý vi phạm hành chính …</summary>
    public string? Field { get; init; }

    /// <summary>The user who recorded it, or "rule:NAME" for a detector.</summary>
    public string FoundBy { get; init; } = "";

    /// <summary>For a detector's candidate: what makes it the same finding on the next run (never duplicated).</summary>
    public string? DetectorKey { get; init; }

    public FindingStatus Status { get; init; } = FindingStatus.Open;

    /// <summary>Why it was dismissed (or reopened).</summary>
    public string? Reason { get; init; }

    /// <summary>The row version: an edit names the version it started from, and loses when another came first.</summary>
    public int Version { get; init; } = 1;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}

namespace LawMonitor.Indexer.Tests.Support;

/// <summary>A theory that needs <c>../shared</c>: reported as skipped, with the reason, when the folder is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.Present)
        {
            Skip = $"SKIPPED: reference data folder {SharedData.Root} is absent (it is present in CI).";
        }
    }
}

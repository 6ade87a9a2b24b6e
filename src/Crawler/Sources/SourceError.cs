namespace LawMonitor.Crawler.Sources;

/// <summary>What is wrong with one field of a source definition.</summary>
/// <param name="Field">The JSON field ("seeds[1]", "delaySeconds").</param>
/// <param name="Code">A stable code: "required", "invalid", "unknown-field", "forbidden-site", "out-of-range".</param>
/// <param name="Message">What is wrong and what to do, in Vietnamese with the English in brackets.</param>
public sealed record SourceError(string Field, string Code, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}

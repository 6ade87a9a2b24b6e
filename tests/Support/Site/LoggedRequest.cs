namespace LawMonitor.Crawler.Tests.Support;

/// <summary>One request as the test site saw it: target, when it started and ended (Stopwatch ticks), the answer, and whether it was conditional.</summary>
public sealed record LoggedRequest(string Target, long Started, long Ended, int Status, bool Conditional, long BodyBytes, string UserAgent)
{
    public string Path => Target.Split('?')[0];
}

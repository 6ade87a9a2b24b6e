using System.Text.RegularExpressions;

namespace LawMonitor.Crawler.Sources;

/// <summary>A regular expression matched against a URL's path and query ("/van-ban/.*\.html", "page=\d+").</summary>
public sealed record UrlPattern
{
    private readonly Regex regex;

    public UrlPattern(string pattern)
    {
        Pattern = pattern;
        regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));
    }

    public string Pattern { get; }

    /// <summary>Whether <paramref name="url"/>'s path and query match.</summary>
    public bool IsMatch(Uri url)
    {
        try
        {
            return regex.IsMatch(url.PathAndQuery);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public override string ToString() => Pattern;
}

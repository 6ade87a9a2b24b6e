using System.Globalization;
using System.Text;

namespace LawMonitor.Crawler.Politeness;

/// <summary>
/// A parsed robots.txt (RFC 9309): the groups that apply to LawMonitor's product token (or to "*" when none
/// names it), their allow/disallow rules decided by the longest match (allow wins a tie), the crawl-delay they
/// give, and every Sitemap line. "/robots.txt" itself is always allowed.
/// </summary>
public sealed class RobotsTxt
{
    /// <summary>Bytes parsed at most (the RFC asks for at least 500 KiB).</summary>
    public const int MaxBytes = 512 * 1024;

    private readonly IReadOnlyList<RobotsRule> rules;

    private RobotsTxt(IReadOnlyList<RobotsRule> rules, TimeSpan? crawlDelay, IReadOnlyList<Uri> sitemaps, bool disallowAll)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
        DisallowAll = disallowAll;
    }

    /// <summary>Everything allowed (robots.txt absent: a 4xx answer).</summary>
    public static RobotsTxt AllowAll { get; } = new([], null, [], false);

    /// <summary>Nothing allowed (robots.txt unreachable: a 5xx answer or no connection).</summary>
    public static RobotsTxt Unreachable { get; } = new([], null, [], true);

    /// <summary>The crawl-delay of the applicable group, if it gives one.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Sitemap URLs named anywhere in the file.</summary>
    public IReadOnlyList<Uri> Sitemaps { get; }

    /// <summary>Whether the file could not be read, so nothing may be fetched from the host.</summary>
    public bool DisallowAll { get; }

    /// <summary>Parses <paramref name="text"/> for the crawler whose product token is <paramref name="productToken"/>.</summary>
    public static RobotsTxt Parse(string text, string productToken, Uri robotsUrl)
    {
        var groups = new List<(List<string> Agents, List<RobotsRule> Rules, TimeSpan? Delay)>();
        var sitemaps = new List<Uri>();
        (List<string> Agents, List<RobotsRule> Rules, TimeSpan? Delay)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            var hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (current is null || !lastWasAgent)
                    {
                        current = ([], [], null);
                        groups.Add(current.Value);
                    }

                    current.Value.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow" when current is not null:
                    if (value.Length > 0)
                    {
                        current.Value.Rules.Add(new RobotsRule(key == "allow", EncodePath(value)));
                    }

                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 86400)
                    {
                        var index = groups.IndexOf(current.Value);
                        current = (current.Value.Agents, current.Value.Rules, TimeSpan.FromSeconds(seconds));
                        groups[index] = current.Value;
                    }

                    break;
                case "sitemap":
                    if (Links.WebAddress.TryResolve(robotsUrl, value, out var sitemap) && sitemap.Scheme is "http" or "https")
                    {
                        sitemaps.Add(sitemap);
                    }

                    break;
            }

            lastWasAgent = false;
        }

        var token = productToken.ToLowerInvariant();
        var mine = groups.Where(g => g.Agents.Any(a => a == token)).ToList();
        if (mine.Count == 0)
        {
            mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        var delay = mine.Select(g => g.Delay).Where(d => d is not null).Max();
        return new RobotsTxt(mine.SelectMany(g => g.Rules).ToList(), delay, sitemaps, false);
    }

    /// <summary>Whether <paramref name="url"/> may be fetched.</summary>
    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        if (path == "/robots.txt")
        {
            return true;
        }

        if (DisallowAll)
        {
            return false;
        }

        RobotsRule? best = null;
        foreach (var rule in rules)
        {
            if (rule.Matches(path) && (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow)))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    /// <summary>Percent-encodes what a request path would carry encoded (non-ASCII as UTF-8), and upper-cases escapes.</summary>
    private static string EncodePath(string pattern)
    {
        var builder = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '%' && i + 2 < pattern.Length && Uri.IsHexDigit(pattern[i + 1]) && Uri.IsHexDigit(pattern[i + 2]))
            {
                builder.Append('%').Append(char.ToUpperInvariant(pattern[i + 1])).Append(char.ToUpperInvariant(pattern[i + 2]));
                i += 2;
            }
            else if (c > 0x7E || c == ' ')
            {
                var length = char.IsHighSurrogate(c) && i + 1 < pattern.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(pattern.Substring(i, length)))
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }

                i += length - 1;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

namespace LawMonitor.Crawler.Politeness;

/// <summary>One allow or disallow line of a robots.txt group, its path pattern percent-encoded like a request path.</summary>
internal sealed record RobotsRule(bool Allow, string Pattern)
{
    /// <summary>Whether <paramref name="path"/> (path and query) matches: '*' any run of characters, a final '$' the end.</summary>
    public bool Matches(string path)
    {
        var anchored = Pattern.EndsWith('$');
        var pattern = anchored ? Pattern[..^1] : Pattern;
        return Match(pattern, 0, path, 0, anchored);
    }

    private static bool Match(string pattern, int p, string path, int s, bool anchored)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                while (p < pattern.Length && pattern[p] == '*')
                {
                    p++;
                }

                if (p == pattern.Length)
                {
                    return true;
                }

                for (var k = s; k <= path.Length; k++)
                {
                    if (Match(pattern, p, path, k, anchored))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (s >= path.Length || pattern[p] != path[s])
            {
                return false;
            }

            p++;
            s++;
        }

        return !anchored || s == path.Length;
    }
}

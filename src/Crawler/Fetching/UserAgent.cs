namespace LawMonitor.Crawler.Fetching;

/// <summary>The user agent LawMonitor sends: its product token (what robots.txt groups name), version, purpose and a contact.</summary>
public static class UserAgent
{
    /// <summary>The product token robots.txt groups are matched against.</summary>
    public const string ProductToken = "LawMonitor";

    /// <summary>"LawMonitor/1.0 (+legal monitoring crawler; contact: …)"; the contact is an e-mail address or a URL.</summary>
    public static string For(string contact)
    {
        var clean = new string(contact.Where(c => c is >= ' ' and < (char)127 and not '(' and not ')').ToArray()).Trim();
        return $"{ProductToken}/1.0 (+legal-monitoring crawler; theo doi thi hanh phap luat; contact: {(clean.Length > 0 ? clean : "unset")})";
    }
}

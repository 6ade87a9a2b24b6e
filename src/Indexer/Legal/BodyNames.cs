using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// The one way body names are compared: "UBND tỉnh Hòa Phong", "Ủy ban nhân dân tỉnh Hòa Phong" and "ủy ban nhân
/// dân tỉnh hoà phong" are one body; "HĐND" is "Hội đồng nhân dân", "TP." is "thành phố". Issuers, lead bodies,
/// report senders and the directory of bodies all compare through it.
/// </summary>
public static class BodyNames
{
    /// <summary>The key two names of one body share.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var expanded = $" {name} "
            .Replace(" UBND ", " Ủy ban nhân dân ", StringComparison.OrdinalIgnoreCase)
            .Replace(" HĐND ", " Hội đồng nhân dân ", StringComparison.OrdinalIgnoreCase)
            .Replace(" TP. ", " thành phố ", StringComparison.OrdinalIgnoreCase)
            .Replace(" TP ", " thành phố ", StringComparison.OrdinalIgnoreCase);
        return VietnameseAnalyzer.FoldWords(expanded).Trim();
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> name one body.</summary>
    public static bool Same(string? a, string? b) => a is not null && b is not null && Key(a) == Key(b);

    /// <summary>
    /// Whether a document whose issuer is read as <paramref name="issuer"/> ("Sở Tư pháp tỉnh Hòa Phong", the place
    /// taken from the parent body's line) comes from <paramref name="body"/> ("Sở Tư pháp"): the same name, or it
    /// followed by a place.
    /// </summary>
    public static bool IsIssuer(string? issuer, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return issuer is not null && (Same(issuer, body) || Key(issuer).StartsWith(Key(body) + " ", StringComparison.Ordinal));
    }

    /// <summary>Whether the words <paramref name="text"/> mention the body <paramref name="name"/> (by its key).</summary>
    public static bool Mentions(string text, string name) => $" {Key(text)} ".Contains($" {Key(name)} ", StringComparison.Ordinal);
}

using System.Globalization;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// Numbers as an officer writes them in a dispatch: thousands grouped by dots ("3.537"), a decimal comma and the percent
/// sign right after the figure ("66,7%"), whatever the culture of the machine. The web UI writes them the same way (<c>format.js</c>).
/// </summary>
public static class VietnameseNumber
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A share (0.667) as a percentage to one decimal at most, "66,7%"; a dash when there is none.</summary>
    public static string Percent(double? share) =>
        share is { } s ? Math.Round(s * 100, 1, MidpointRounding.AwayFromZero).ToString("0.#", Vietnamese) + "%" : "—";

    /// <summary>A whole number with its thousands grouped by dots, "3.537".</summary>
    public static string Whole(long n) => n.ToString("N0", Vietnamese);
}

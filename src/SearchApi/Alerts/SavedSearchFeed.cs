using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace LawMonitor.SearchApi.Alerts;

/// <summary>
/// A saved search's notifications as an Atom 1.0 feed (System.ServiceModel.Syndication): the newest 50, each
/// titled by what arrived, summarised by why, linked to the document's page. Links start at
/// <paramref name="origin"/>, the configured public address or empty for relative links, never the request's Host.
/// </summary>
public static class SavedSearchFeed
{
    public static string Write(SavedSearch search, IReadOnlyList<Notification> entries, string origin)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(entries);
        var feed = new SyndicationFeed($"LawMonitor — {search.Name}", null, null, $"urn:lawmonitor:saved-search:{search.Id}", Vietnam(entries.Count > 0 ? entries[0].At : search.CreatedAt))
        {
            Items = entries.Select(n => new SyndicationItem(n.Message, (SyndicationContent?)null, Link($"{origin}/van-ban/{Uri.EscapeDataString(n.DocumentId)}"), $"urn:lawmonitor:notification:{n.Id}", Vietnam(n.At))
            {
                Summary = new TextSyndicationContent(n.Reason),
            }).ToList(),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(Link($"{origin}/api/alerts/saved-searches/{search.Id}/feed.atom")));
        feed.Authors.Add(new SyndicationPerson { Name = "LawMonitor" });

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Feed times at Vietnam's offset, as the API writes every instant.</summary>
    private static DateTimeOffset Vietnam(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, LawMonitor.Indexer.Calendar.VietnamCalendar.Zone);

    private static Uri Link(string address) => new(address, UriKind.RelativeOrAbsolute);
}

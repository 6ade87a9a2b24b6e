using System.Security.Cryptography;
using System.Text;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Ingestion;

/// <summary>
/// Ids of ingested documents: a readable slug of the file name and six hex digits of the source key's hash
/// ("qd-12-2019-qd-ubnd-3fa2c1"). The same source always gives the same id, so a changed file from it
/// becomes a new version of the same document; two sources never share one.
/// </summary>
public static class DocumentIds
{
    private const int MaxSlug = 60;

    public static DocumentId ForSource(string sourceKey, string fileName)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        ArgumentNullException.ThrowIfNull(fileName);
        var stem = Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/').Split('/')[^1]);
        var slug = new StringBuilder();
        foreach (var c in VietnameseAnalyzer.FoldWords(stem.Replace('_', ' ').Replace('.', ' ')))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var readable = slug.ToString().Trim('-');
        if (readable.Length > MaxSlug)
        {
            readable = readable[..MaxSlug].TrimEnd('-');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceKey)))[..6];
        return DocumentId.Create(readable.Length == 0 ? "van-ban-" + hash : readable + "-" + hash);
    }
}

using System.Text;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Parsing;

namespace LawMonitor.Indexer.Parsing.Doc;

/// <summary>
/// The text of a Word 97–2003 document through antiword: one line per paragraph, tables (which antiword
/// draws with '|') as rows of cells joined by " | ", a two-column letterhead table as its two columns.
/// </summary>
internal static class DocExtractor
{
    public static async Task<Outcome<ExtractedDocument>> ExtractAsync(RawFile file, IngestLimits limits, CancellationToken cancellationToken)
    {
        var work = WorkFolders.Create("doc");
        try
        {
            var path = Path.Combine(work.FullName, "input.doc");
            await File.WriteAllBytesAsync(path, file.Content, cancellationToken).ConfigureAwait(false);
            var run = await ExternalTool.RunAsync("antiword", ["-w", "0", "-m", "UTF-8.txt", path], limits.MaxTimePerFile, cancellationToken).ConfigureAwait(false);
            if (run.Missing)
            {
                return Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.ToolMissing, $"{file.Name}: thiếu công cụ antiword (antiword is not installed; run scripts/bootstrap.sh)");
            }

            if (run.TimedOut)
            {
                return Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.Timeout, $"{file.Name}: đọc tệp DOC quá thời gian cho phép ({run.Stderr})");
            }

            if (run.ExitCode != 0)
            {
                var detail = run.Stderr.Replace(path, file.Name, StringComparison.Ordinal).Trim();
                return Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.CorruptDoc, $"{file.Name}: không đọc được tệp Word 97 ({detail}); hãy mở bằng Word và lưu dạng DOCX");
            }

            return new ExtractedDocument(Tables(Encoding.UTF8.GetString(run.Stdout)).Trim(), SourceFormat.Doc);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Rewrites antiword's '|' tables: cells joined by " | ", a leading two-column table column by column.</summary>
    internal static string Tables(string text)
    {
        var lines = text.Split('\n');
        var output = new StringBuilder();
        var seenText = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!IsRow(lines[i]))
            {
                output.Append(lines[i].TrimEnd()).Append('\n');
                seenText += lines[i].Trim().Length;
                continue;
            }

            var rows = new List<string[]>();
            while (i < lines.Length && IsRow(lines[i]))
            {
                rows.Add(lines[i].Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray());
                i++;
            }

            i--;
            var columns = rows.Max(r => r.Length);
            if (seenText < 400 && columns == 2)
            {
                for (var c = 0; c < 2; c++)
                {
                    foreach (var row in rows.Where(r => r.Length > c && r[c].Length > 0))
                    {
                        output.Append(row[c]).Append('\n');
                    }
                }
            }
            else
            {
                foreach (var row in rows)
                {
                    var cells = row.Where(c => c.Length > 0).ToList();
                    if (cells.Count > 0)
                    {
                        output.Append(string.Join(" | ", cells)).Append('\n');
                    }
                }
            }
        }

        return output.ToString();
    }

    private static bool IsRow(string line)
    {
        var t = line.Trim();
        return t.Length > 1 && t[0] == '|' && t[^1] == '|';
    }
}

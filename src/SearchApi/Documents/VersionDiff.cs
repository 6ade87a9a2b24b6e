using DiffPlex;
using DiffPlex.Model;
using LawMonitor.SearchApi.Contracts;

namespace LawMonitor.SearchApi.Documents;

/// <summary>
/// The line diff of two versions' texts (DiffPlex's Myers diff), with three lines of context around each
/// change; longer unchanged runs become one "skipped" line saying how many lines were left out.
/// </summary>
internal static class VersionDiff
{
    private const int Context = 3;

    public static VersionDiffResponse Build(string documentId, int from, string oldText, int to, string newText)
    {
        var result = new Differ().CreateLineDiffs(oldText, newText, false);
        var all = new List<DiffLineResponse>();
        int oldLine = 0, newLine = 0;
        foreach (var block in result.DiffBlocks.Append(new DiffBlock(result.PiecesOld.Length, 0, result.PiecesNew.Length, 0)))
        {
            while (oldLine < block.DeleteStartA)
            {
                all.Add(new DiffLineResponse("unchanged", oldLine + 1, newLine + 1, result.PiecesOld[oldLine]));
                oldLine++;
                newLine++;
            }

            for (var i = 0; i < block.DeleteCountA; i++, oldLine++)
            {
                all.Add(new DiffLineResponse("deleted", oldLine + 1, null, result.PiecesOld[oldLine]));
            }

            for (var i = 0; i < block.InsertCountB; i++, newLine++)
            {
                all.Add(new DiffLineResponse("inserted", null, newLine + 1, result.PiecesNew[block.InsertStartB + i]));
            }

            newLine = block.InsertStartB + block.InsertCountB;
        }

        return new VersionDiffResponse(documentId, from, to, all.Count(l => l.Kind == "inserted"), all.Count(l => l.Kind == "deleted"), Trim(all));
    }

    private static List<DiffLineResponse> Trim(List<DiffLineResponse> lines)
    {
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != "unchanged")
            {
                for (var k = Math.Max(0, i - Context); k <= Math.Min(lines.Count - 1, i + Context); k++)
                {
                    keep[k] = true;
                }
            }
        }

        var trimmed = new List<DiffLineResponse>();
        var skipped = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (keep[i])
            {
                if (skipped > 0)
                {
                    trimmed.Add(new DiffLineResponse("skipped", null, null, $"… {skipped} dòng không đổi"));
                    skipped = 0;
                }

                trimmed.Add(lines[i]);
            }
            else
            {
                skipped++;
            }
        }

        if (skipped > 0)
        {
            trimmed.Add(new DiffLineResponse("skipped", null, null, $"… {skipped} dòng không đổi"));
        }

        return trimmed;
    }
}

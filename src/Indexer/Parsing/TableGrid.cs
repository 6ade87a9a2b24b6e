namespace LawMonitor.Indexer.Parsing;

/// <summary>
/// A table as the text holds it: each row a line of its cells joined by " | ", the cells in their columns — a cell
/// spanning columns followed by an empty cell for each it covers, a cell spanning rows repeated in each (its value
/// belongs to every row it spans: "Sở Tư pháp" leading three tasks), an empty cell kept empty but for those that end
/// a row. A table of one or two columns keeps only its cells that have words (letterheads, signatures).
/// </summary>
internal static class TableGrid
{
    /// <summary>The separator of cells within a row's line.</summary>
    public const string Separator = " | ";

    /// <summary>One cell as read: its words (newlines turned to spaces), how many columns and rows it spans.</summary>
    public readonly record struct Cell(string Text, int Columns = 1, int Rows = 1);

    /// <summary>The lines of a table whose rows hold <paramref name="rows"/>, in order; rows without words are left out.</summary>
    public static IEnumerable<string> Lines(IReadOnlyList<IReadOnlyList<Cell>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var grid = Resolve(rows);
        var width = grid.Count == 0 ? 0 : grid.Max(r => r.Count);
        foreach (var row in grid)
        {
            if (row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            // Empty cells at the end of a row say nothing about the columns of the others: they are left out.
            var cells = row.Select(c => c.Trim()).ToList();
            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            yield return width >= 3 ? string.Join(Separator, cells) : string.Join(Separator, cells.Where(c => c.Length > 0));
        }
    }

    /// <summary>The rows with spans resolved into their columns.</summary>
    private static List<List<string>> Resolve(IReadOnlyList<IReadOnlyList<Cell>> rows)
    {
        var grid = new List<List<string>>();
        var pending = new Dictionary<int, (string Text, int Left)>(); // column -> a cell spanning down, and rows still to fill
        foreach (var row in rows)
        {
            var line = new List<string>();
            var column = 0;
            void FillSpanned()
            {
                while (pending.TryGetValue(column, out var above))
                {
                    line.Add(above.Text);
                    pending[column] = (above.Text, above.Left - 1);
                    if (above.Left - 1 == 0)
                    {
                        pending.Remove(column);
                    }

                    column++;
                }
            }

            foreach (var cell in row)
            {
                FillSpanned();
                var text = cell.Text.Replace('\n', ' ');
                for (var c = 0; c < Math.Max(1, cell.Columns); c++)
                {
                    line.Add(c == 0 ? text : "");
                    if (cell.Rows > 1)
                    {
                        pending[column] = (c == 0 ? text : "", cell.Rows - 1);
                    }

                    column++;
                }
            }

            FillSpanned();
            grid.Add(line);
        }

        return grid;
    }
}

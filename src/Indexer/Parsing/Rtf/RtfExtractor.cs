using System.Globalization;
using System.Text;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Parsing.Text;

namespace LawMonitor.Indexer.Parsing.Rtf;

/// <summary>
/// The text of an RTF file (portals save Word files as RTF, often named .doc): paragraphs, tabs, \uN
/// Unicode escapes with their \ucN fallbacks, \'hh bytes in the document's code page, and no destinations
/// (font and colour tables, pictures, hidden metadata).
/// </summary>
internal static class RtfExtractor
{
    private static readonly HashSet<string> Destinations = new(StringComparer.Ordinal)
    {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "footer", "headerl", "headerr", "footerl",
        "footerr", "footnote", "listtable", "listoverridetable", "rsidtbl", "generator", "themedata", "colorschememapping",
        "datastore", "latentstyles", "xmlnstbl", "fldinst", "bkmkstart", "bkmkend", "revtbl", "pgdsctbl", "filetbl",
    };

    public static Outcome<ExtractedDocument> Extract(RawFile file)
    {
        var rtf = Encoding.Latin1.GetString(file.Content.Span);
        var text = new StringBuilder();
        var bytes = new List<byte>();
        var codePage = 1252;
        var skip = new Stack<bool>();
        var skipping = false;
        var unicodeSkip = 1;
        var pendingSkip = 0;

        void FlushBytes()
        {
            if (bytes.Count > 0)
            {
                var encoding = TextDecoder.TryGetEncoding("windows-" + codePage.ToString(CultureInfo.InvariantCulture)) ?? Encoding.Latin1;
                text.Append(encoding.GetString(bytes.ToArray()));
                bytes.Clear();
            }
        }

        for (var i = 0; i < rtf.Length; i++)
        {
            var c = rtf[i];
            if (c == '{')
            {
                skip.Push(skipping);
                if (i + 2 < rtf.Length && rtf[i + 1] == '\\' && rtf[i + 2] == '*')
                {
                    skipping = true;
                }

                continue;
            }

            if (c == '}')
            {
                FlushBytes();
                skipping = skip.Count > 0 && skip.Pop();
                continue;
            }

            if (c == '\\' && i + 1 < rtf.Length)
            {
                var next = rtf[i + 1];
                if (next == '\'' && i + 3 < rtf.Length)
                {
                    if (pendingSkip > 0)
                    {
                        pendingSkip--;
                    }
                    else if (!skipping && byte.TryParse(rtf.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
                    {
                        bytes.Add(b);
                    }

                    i += 3;
                    continue;
                }

                if (!char.IsAsciiLetter(next))
                {
                    FlushBytes();
                    if (!skipping && next is '\\' or '{' or '}')
                    {
                        text.Append(next);
                    }

                    i++;
                    continue;
                }

                var start = i + 1;
                var end = start;
                while (end < rtf.Length && char.IsAsciiLetter(rtf[end]))
                {
                    end++;
                }

                var word = rtf[start..end];
                var numberStart = end;
                if (end < rtf.Length && (rtf[end] == '-' || char.IsAsciiDigit(rtf[end])))
                {
                    end++;
                    while (end < rtf.Length && char.IsAsciiDigit(rtf[end]))
                    {
                        end++;
                    }
                }

                int? parameter = end > numberStart ? int.Parse(rtf.AsSpan(numberStart, end - numberStart), CultureInfo.InvariantCulture) : null;
                if (end < rtf.Length && rtf[end] == ' ')
                {
                    end++;
                }

                i = end - 1;
                FlushBytes();
                if (Destinations.Contains(word))
                {
                    skipping = true;
                    continue;
                }

                if (skipping)
                {
                    continue;
                }

                switch (word)
                {
                    case "par" or "line" or "sect" or "page" or "row":
                        text.Append('\n');
                        break;
                    case "tab" or "cell":
                        text.Append(word == "cell" ? " | " : "\t");
                        break;
                    case "ansicpg" when parameter is { } cp:
                        codePage = cp;
                        break;
                    case "uc" when parameter is { } n:
                        unicodeSkip = n;
                        break;
                    case "u" when parameter is { } u:
                        text.Append((char)(u < 0 ? u + 65536 : u));
                        pendingSkip = unicodeSkip;
                        break;
                    case "emdash":
                        text.Append('—');
                        break;
                    case "endash":
                        text.Append('–');
                        break;
                    case "lquote" or "rquote":
                        text.Append('\'');
                        break;
                    case "ldblquote" or "rdblquote":
                        text.Append('"');
                        break;
                }

                continue;
            }

            if (c is '\r' or '\n' || skipping)
            {
                continue;
            }

            if (pendingSkip > 0)
            {
                pendingSkip--;
                continue;
            }

            FlushBytes();
            text.Append(c);
        }

        FlushBytes();
        var lines = text.ToString().Split('\n').Select(l => l.Trim().TrimEnd('|').Trim());
        return new ExtractedDocument(string.Join('\n', lines).Trim(), SourceFormat.Rtf);
    }
}

using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Legal;

namespace LawMonitor.Indexer.Search.Query;

/// <summary>
/// Reads LawMonitor's query language. Anything typed parses: unknown syntax is text, an unclosed quote
/// closes at the end, an invalid filter is reported and ignored; no input reaches SQL or FTS5 as syntax.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>free words (all must match; when too few results do, any may);</item>
/// <item><c>"exact phrase"</c>; <c>-word</c> and <c>-"phrase"</c> to exclude; <c>a OR b</c> for alternatives;</item>
/// <item>filters: <c>so:</c>/<c>number:</c>, <c>loai:</c>/<c>type:</c>, <c>co-quan:</c>/<c>issuer:</c>,
/// <c>nam:</c>/<c>year:</c> (<c>nam:2018..2022</c>), <c>hieu-luc:</c>/<c>status:</c>, <c>nguon:</c>/<c>source:</c>;
/// values with spaces in quotes (<c>co-quan:"Bộ Tư pháp"</c>);</item>
/// <item>document numbers anywhere in the text: "19/2020/NĐ-CP", "nd 19/2020", "QĐ 242".</item>
/// </list>
/// </remarks>
public static class QueryParser
{
    /// <summary>Characters of input considered; the rest is ignored with a notice.</summary>
    public const int MaxQueryLength = 4000;

    /// <summary>Words considered; the rest are ignored with a notice.</summary>
    public const int MaxWords = 48;

    private enum FieldName
    {
        Number,
        Type,
        Issuer,
        Year,
        Status,
        Source,
    }

    private static readonly Dictionary<string, FieldName> Fields = new(StringComparer.Ordinal)
    {
        ["so"] = FieldName.Number,
        ["so-hieu"] = FieldName.Number,
        ["number"] = FieldName.Number,
        ["loai"] = FieldName.Type,
        ["type"] = FieldName.Type,
        ["co-quan"] = FieldName.Issuer,
        ["issuer"] = FieldName.Issuer,
        ["nam"] = FieldName.Year,
        ["year"] = FieldName.Year,
        ["hieu-luc"] = FieldName.Status,
        ["status"] = FieldName.Status,
        ["nguon"] = FieldName.Source,
        ["source"] = FieldName.Source,
    };

    /// <summary>Parses <paramref name="input"/>.</summary>
    public static ParsedQuery Parse(string? input)
    {
        var notices = new List<string>();
        var text = input ?? string.Empty;
        if (text.Length > MaxQueryLength)
        {
            text = text[..MaxQueryLength];
            notices.Add($"Truy vấn quá dài: chỉ dùng {MaxQueryLength} ký tự đầu tiên.");
        }

        var state = new State(notices);
        var i = 0;
        var runStart = -1;
        while (i < text.Length)
        {
            var c = text[i];
            var atTokenStart = i == 0 || char.IsWhiteSpace(text[i - 1]);
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '"')
            {
                state.AddText(text, ref runStart, i);
                state.AddPhrase(ReadQuoted(text, ref i, notices), excluded: false);
            }
            else if (c == '-' && atTokenStart && i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] == '"'))
            {
                state.AddText(text, ref runStart, i);
                i++;
                if (text[i] == '"')
                {
                    state.AddPhrase(ReadQuoted(text, ref i, notices), excluded: true);
                }
                else
                {
                    state.AddPhrase(ReadBare(text, ref i), excluded: true);
                }
            }
            else if (atTokenStart && c == 'O' && IsOrOperator(text, i))
            {
                state.AddText(text, ref runStart, i);
                state.Or();
                i += 2;
            }
            else if (atTokenStart && TryReadField(text, i, out var field, out var valueStart))
            {
                state.AddText(text, ref runStart, i);
                i = valueStart;
                var value = i < text.Length && text[i] == '"' ? ReadQuoted(text, ref i, notices) : ReadBare(text, ref i);
                state.AddFilter(field, value);
            }
            else
            {
                if (runStart < 0)
                {
                    runStart = i;
                }

                i = NextBoundary(text, i);
            }
        }

        state.AddText(text, ref runStart, text.Length);
        return state.Build();
    }

    private static int NextBoundary(string text, int i)
    {
        // Skip to the end of this whitespace-delimited token; quotes inside a word start a phrase.
        i++;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
        {
            i++;
        }

        return i;
    }

    private static bool IsOrOperator(string text, int i) =>
        i + 1 < text.Length && text[i + 1] == 'R' && (i + 2 == text.Length || char.IsWhiteSpace(text[i + 2]));

    private static bool TryReadField(string text, int i, out FieldName field, out int valueStart)
    {
        field = default;
        valueStart = i;
        var j = i;
        while (j < text.Length && (char.IsLetter(text[j]) || text[j] == '-' || text[j] == '_'))
        {
            j++;
        }

        if (j == i || j >= text.Length || text[j] != ':' || j + 1 >= text.Length || char.IsWhiteSpace(text[j + 1]))
        {
            return false;
        }

        var name = WordNormalizer.Fold(text[i..j]).Replace('_', '-');
        if (!Fields.TryGetValue(name, out field))
        {
            return false;
        }

        valueStart = j + 1;
        return true;
    }

    private static string ReadQuoted(string text, ref int i, List<string> notices)
    {
        var start = i + 1;
        var end = text.IndexOf('"', start);
        if (end < 0)
        {
            notices.Add("Thiếu dấu ngoặc kép đóng: phần sau dấu \" được hiểu là một cụm từ.");
            i = text.Length;
            return text[start..];
        }

        i = end + 1;
        return text[start..end];
    }

    private static string ReadBare(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return text[start..i];
    }

    /// <summary>Collects items in order, joining those around OR into one clause.</summary>
    private sealed class State(List<string> notices)
    {
        private readonly List<QueryClause> clauses = [];
        private readonly List<QueryItem> excluded = [];
        private QueryFilters filters = QueryFilters.None;
        private bool pendingOr;
        private int words;

        public void AddText(string text, ref int runStart, int end)
        {
            if (runStart < 0)
            {
                return;
            }

            var run = text[runStart..end];
            runStart = -1;
            var tokens = VietnameseAnalyzer.Tokenize(run);
            var keys = NumberPatterns.Find(run, tokens);
            var plainWords = tokens.Where(t => !t.IsKey).ToList();
            var k = 0;
            for (var w = 0; w < plainWords.Count; w++)
            {
                if (k < keys.Count && keys[k].FirstPosition == w)
                {
                    Add(keys[k].Item);
                    w = keys[k].LastPosition;
                    k++;
                    continue;
                }

                if (Word(plainWords[w]) is { } item)
                {
                    Add(item);
                }
            }
        }

        public void AddPhrase(string text, bool excluded)
        {
            var phraseWords = VietnameseAnalyzer.Tokenize(text).Where(t => !t.IsKey).Select(Word).OfType<WordItem>().ToList();
            QueryItem? item = phraseWords.Count switch
            {
                0 => null,
                1 => phraseWords[0],
                _ => new PhraseItem(phraseWords),
            };
            if (item is null)
            {
                return;
            }

            if (excluded)
            {
                this.excluded.Add(item);
            }
            else
            {
                Add(item);
            }
        }

        public void Or() => pendingOr = clauses.Count > 0;

        public void AddFilter(FieldName field, string value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                notices.Add($"Bộ lọc \"{field}\" chưa có giá trị.");
                return;
            }

            switch (field)
            {
                case FieldName.Number:
                    var tokens = VietnameseAnalyzer.Tokenize(value);
                    var found = NumberPatterns.Find(value, tokens);
                    if (found.Count == 0 || found[0].Item.Kind != TokenKind.LegalNumber)
                    {
                        notices.Add($"Không nhận ra số hiệu \"{value}\" (ví dụ: so:19/2020/NĐ-CP).");
                    }
                    else
                    {
                        filters = filters with { NumberKeys = [.. filters.NumberKeys, found[0].Item.Key] };
                    }

                    break;
                case FieldName.Type:
                    var type = DocumentTypes.Resolve(value);
                    if (type is null)
                    {
                        notices.Add($"Không nhận ra loại văn bản \"{value}\".");
                    }

                    filters = filters with { TypeKey = type is null ? VietnameseAnalyzer.FoldWords(value.Replace('-', ' ')) : DocumentTypes.Key(type) };
                    break;
                case FieldName.Issuer:
                    filters = filters with { IssuerKey = VietnameseAnalyzer.FoldWords(value.Replace('-', ' ')) };
                    break;
                case FieldName.Year:
                    if (YearRange.TryParse(value, out var years))
                    {
                        filters = filters with { Years = years };
                    }
                    else
                    {
                        notices.Add($"Năm không hợp lệ: \"{value}\" (ví dụ: nam:2020 hoặc nam:2018..2022).");
                    }

                    break;
                case FieldName.Status:
                    if (EffectStatusNames.TryParse(value, out var status))
                    {
                        filters = filters with { StatusCode = EffectStatusNames.Code(status) };
                    }
                    else
                    {
                        notices.Add($"Không nhận ra tình trạng hiệu lực \"{value}\" (ví dụ: hieu-luc:con-hieu-luc).");
                    }

                    break;
                case FieldName.Source:
                    filters = filters with { Source = value };
                    break;
            }
        }

        public ParsedQuery Build()
        {
            if (words > MaxWords)
            {
                notices.Add($"Truy vấn dài: chỉ dùng {MaxWords} từ đầu tiên.");
            }

            return new ParsedQuery(clauses, excluded, filters, notices);
        }

        private WordItem? Word(Token token)
        {
            if (++words > MaxWords)
            {
                return null;
            }

            return new WordItem(token.Text, token.Folded, token.Text != token.Folded);
        }

        private void Add(QueryItem item)
        {
            if (pendingOr && clauses.Count > 0)
            {
                var last = clauses[^1];
                clauses[^1] = new QueryClause([.. last.Alternatives, item]);
                pendingOr = false;
                return;
            }

            pendingOr = false;
            if (clauses.Any(c => c.Alternatives.Count == 1 && c.Alternatives[0] == item))
            {
                return; // a word typed twice asks for nothing more
            }

            clauses.Add(new QueryClause([item]));
        }
    }
}

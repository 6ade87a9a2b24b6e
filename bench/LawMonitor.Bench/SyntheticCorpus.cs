using System.Text;
using System.Text.Json;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Bench;

/// <summary>
/// A corpus of legal documents made by recombining real Vietnamese legal text: article headings and sentences
/// drawn from a source corpus (../shared/eval/alqac-dev, read in place; or the bundled corpus/ when that is
/// absent), laid out as decrees and decisions with a preamble and numbered articles and clauses.
/// </summary>
internal sealed class SyntheticCorpus
{
    private static readonly string[] Types = ["NĐ-CP", "QĐ-UBND", "TT-BTP", "NQ-HĐND", "QĐ-TTg"];
    private static readonly string[] TypeNames = ["NGHỊ ĐỊNH", "QUYẾT ĐỊNH", "THÔNG TƯ", "NGHỊ QUYẾT", "QUYẾT ĐỊNH"];
    private static readonly string[] Issuers = ["CHÍNH PHỦ", "ỦY BAN NHÂN DÂN TỈNH HÒA PHONG", "BỘ TƯ PHÁP", "HỘI ĐỒNG NHÂN DÂN TỈNH HÒA PHONG", "THỦ TƯỚNG CHÍNH PHỦ"];

    private SyntheticCorpus(List<LegalDocument> documents, int provisions, long characters, string source)
    {
        Documents = documents;
        Provisions = provisions;
        Characters = characters;
        Source = source;
    }

    public List<LegalDocument> Documents { get; }

    public int Provisions { get; }

    public long Characters { get; }

    public string Source { get; }

    public List<string> Headings { get; } = [];

    public List<string> Sentences { get; } = [];

    public static SyntheticCorpus Generate(int provisions, string repositoryRoot, int seed = 2026)
    {
        var (headings, sentences, source) = LoadSource(repositoryRoot);
        var random = new Random(seed);
        var documents = new List<LegalDocument>();
        var made = 0;
        long characters = 0;
        var year = 2005;
        while (made < provisions)
        {
            var kind = random.Next(Types.Length);
            var number = documents.Count + 1;
            var articles = Math.Min(provisions - made, random.Next(8, 42));
            var text = new StringBuilder(articles * 700);
            var title = headings[random.Next(headings.Count)];
            text.Append(Issuers[kind]).Append("\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n")
                .Append($"Số: {number}/{year}/{Types[kind]}\nHà Nội, ngày {random.Next(1, 28)} tháng {random.Next(1, 12)} năm {year}\n")
                .Append(TypeNames[kind]).Append('\n').Append(title).Append('\n')
                .Append("Căn cứ ").Append(sentences[random.Next(sentences.Count)]).Append('\n');
            for (var a = 1; a <= articles; a++)
            {
                text.Append($"Điều {a}. ").Append(headings[random.Next(headings.Count)]).Append('\n');
                var clauses = random.Next(1, 5);
                for (var c = 1; c <= clauses; c++)
                {
                    text.Append(c).Append(". ");
                    var count = random.Next(1, 3);
                    for (var s = 0; s < count; s++)
                    {
                        text.Append(sentences[random.Next(sentences.Count)]).Append(' ');
                    }

                    text.Append('\n');
                }
            }

            var body = text.ToString();
            characters += body.Length;
            made += articles;
            documents.Add(new LegalDocument(DocumentId.Create($"bench/{number}"), body)
            {
                Number = DocumentNumberParser.TryParse($"{number}/{year}/{Types[kind]}"),
                Title = title,
                Type = DocumentTypes.Resolve(Types[kind][..2]),
                Issuer = Issuers[kind],
                IssueDate = new DateOnly(year, 1 + (number % 12), 1 + (number % 28)),
                Status = (EffectStatus)(1 + (number % 3)),
            });
            year = year == 2025 ? 2005 : year + 1;
        }

        var corpus = new SyntheticCorpus(documents, made, characters, source);
        corpus.Headings.AddRange(headings);
        corpus.Sentences.AddRange(sentences);
        return corpus;
    }

    private static (List<string> Headings, List<string> Sentences, string Source) LoadSource(string root)
    {
        var alqac = Path.GetFullPath(Path.Combine(root, "..", "shared", "eval", "alqac-dev", "corpus.jsonl"));
        var texts = new List<string>();
        string source;
        if (File.Exists(alqac))
        {
            source = alqac + " (17 Vietnamese laws, read in place)";
            foreach (var line in File.ReadLines(alqac))
            {
                texts.Add(JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!);
            }
        }
        else
        {
            source = "corpus/ (bundled demo corpus; ../shared absent)";
            texts.AddRange(Directory.EnumerateFiles(Path.Combine(root, "corpus"), "*.txt", SearchOption.AllDirectories).Select(File.ReadAllText));
        }

        var headings = new List<string>();
        var sentences = new List<string>();
        foreach (var text in texts)
        {
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length > 0 && lines[0].Length < 200)
            {
                headings.Add(lines[0].TrimEnd('.', ':'));
            }

            foreach (var line in lines.Skip(1))
            {
                foreach (var sentence in line.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var s = sentence.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ' ', ')');
                    if (s.Length > 30)
                    {
                        sentences.Add(s.TrimEnd('.') + ".");
                    }
                }
            }
        }

        return (headings, sentences, source);
    }

    /// <summary>
    /// Query sets over this corpus: <paramref name="count"/> typical queries (3–8 consecutive words of a
    /// heading or a sentence, one in four typed without diacritics) and the common-term queries that match a
    /// large part of any legal corpus.
    /// </summary>
    public (List<string> Typical, List<string> Common) Queries(int count)
    {
        var random = new Random(7);
        var typical = new List<string>();
        while (typical.Count < count)
        {
            var source = typical.Count % 2 == 0 ? Headings[random.Next(Headings.Count)] : Sentences[random.Next(Sentences.Count)];
            var words = source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Trim(',', '.', ';', ':', '(', ')', '"')).Where(w => w.Length > 0).ToList();
            var length = random.Next(3, 9);
            if (words.Count < length)
            {
                continue;
            }

            var start = random.Next(words.Count - length + 1);
            var query = string.Join(' ', words.Skip(start).Take(length));
            typical.Add(typical.Count % 4 == 3 ? LawMonitor.Indexer.Analysis.VietnameseAnalyzer.FoldWords(query) : query);
        }

        List<string> common = ["quy định", "pháp luật", "thi hành", "trách nhiệm", "cơ quan nhà nước", "theo quy định của pháp luật", "tổ chức, cá nhân", "ủy ban nhân dân", "quy dinh", "phap luat"];
        return (typical, common);
    }
}

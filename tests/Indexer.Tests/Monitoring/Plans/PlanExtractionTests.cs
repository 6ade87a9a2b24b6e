using System.Globalization;
using System.Text;
using System.Text.Json;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Monitoring.Plans;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.Indexer.Tests.Support.Files;
using Xunit.Abstractions;

namespace LawMonitor.Indexer.Tests.Monitoring.Plans;

/// <summary>
/// Precision and recall of the tasks read from plans written for the tests (<c>TestData/plans</c>), each rendered
/// as HTML, DOCX with merged cells and PDF printed by Chromium, and read through the real extractors (AngleSharp,
/// Open XML, PdfPig) and the real assembler: every task with every field.
/// </summary>
public sealed class PlanExtractionTests(ITestOutputHelper output)
{
    public static TheoryData<string> Formats => new() { "html", "docx", "pdf" };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task WrittenPlans_TasksAndTheirFieldsAreRead(string format)
    {
        var score = new Score();
        foreach (var name in WrittenPlan.Names())
        {
            var plan = WrittenPlan.Load(name);
            var document = await Read(plan, format);
            Assert.True(PlanTaskReader.IsPlan(document), $"{name}.{format} is not read as a plan: type {document.Type}");
            var proposals = PlanTaskReader.Read(document);
            score.Add(name, Expected(name), proposals, output);
        }

        output.WriteLine($"{format}: {score}");
        Assert.True(score.Recall >= 0.95, $"{format}: tasks found {score.Recall:P1}");
        Assert.True(score.Precision >= 0.95, $"{format}: proposals that are tasks {score.Precision:P1}");
        Assert.True(score.Share(score.LeadRight) >= 0.90, $"{format}: lead bodies right {score.Share(score.LeadRight):P1}");
        Assert.True(score.Share(score.DeadlineRight) >= 0.90, $"{format}: deadlines right {score.Share(score.DeadlineRight):P1}");
        Assert.True(score.Share(score.CooperatingRight) >= 0.85, $"{format}: cooperating bodies right {score.Share(score.CooperatingRight):P1}");
        Assert.True(score.Share(score.ProductRight) >= 0.85, $"{format}: products right {score.Share(score.ProductRight):P1}");
    }

    [Fact]
    public async Task OutlineTask_PointsToTheItemAndQuotesIt()
    {
        var plan = await File.ReadAllTextAsync(Path.Combine(WrittenPlan.Folder, "kh-12-2025-theo-doi.txt"));
        var document = await Assemble("kh-12.txt", Encoding.UTF8.GetBytes(plan));

        var survey = Assert.Single(PlanTaskReader.Read(document), p => p.Content.Contains("hộ tịch", StringComparison.Ordinal));

        Assert.Equal("Mục II.4", survey.Path);
        Assert.Equal(survey.SourceText, document.Text[survey.Start..survey.End]);
        Assert.Contains("trước ngày 30/6/2025", survey.SourceText, StringComparison.Ordinal);
        Assert.Equal(DeadlineKind.Day, survey.Deadline.Kind);
        Assert.Equal(TaskKind.Survey, survey.Kind);
    }

    [Fact]
    public async Task AProposedTask_NamesItsBodiesAsFieldsOfTheirOwn_CapitalisedAsTheyStandAlone()
    {
        const string plan = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\nSố: 30/KH-UBND\nBình An, ngày 10 tháng 1 năm 2025\nKẾ HOẠCH\nTheo dõi tình hình thi hành pháp luật năm 2025\n"
            + "I. NỘI DUNG\n1. Theo dõi chung tình hình thi hành pháp luật\nCơ quan chủ trì: các sở, ban, ngành tỉnh.\nCơ quan phối hợp: các cơ quan, đơn vị có liên quan.\nThời gian thực hiện: cả năm 2025.\n";
        var document = await Assemble("kh-30.txt", Encoding.UTF8.GetBytes(plan));

        var task = Assert.Single(PlanTaskReader.Propose(document, 1));

        Assert.Equal("Các sở, ban, ngành tỉnh", task.LeadBody);
        Assert.Equal(["Các cơ quan, đơn vị có liên quan"], task.CooperatingBodies);
        Assert.Equal("Mục I.1", task.Source.Path);
    }

    [Fact]
    public async Task ATaskWithoutATimeOfItsOwn_RunsToTheEndOfThePlansYear_AndSaysSoInASentence()
    {
        const string plan = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\nSố: 31/KH-UBND\nBình An, ngày 10 tháng 1 năm 2025\nKẾ HOẠCH\nTheo dõi tình hình thi hành pháp luật năm 2025\n"
            + "I. NỘI DUNG\n1. Theo dõi tình hình thi hành pháp luật trong lĩnh vực trọng tâm\nCơ quan chủ trì: Sở Tư pháp.\n";
        var document = await Assemble("kh-31.txt", Encoding.UTF8.GetBytes(plan));

        var task = Assert.Single(PlanTaskReader.Propose(document, 1));

        Assert.Equal(("trong năm 2025, thời hạn của kế hoạch", new DateOnly(2025, 12, 31)), (task.Deadline.Text, task.Deadline.Due));
    }

    [Fact]
    public async Task TableTask_NamesTheAppendixAndRow_AndARowSpannedLeadLeadsEveryRow()
    {
        var plan = WrittenPlan.Load("kh-60-2026-kiem-tra");
        var document = await Assemble("kh-60.html", Encoding.UTF8.GetBytes(plan.Html()));

        var tasks = PlanTaskReader.Read(document);

        Assert.Equal(["Phụ lục I, STT 1", "Phụ lục I, STT 2", "Phụ lục I, STT 3"], tasks.Where(t => t.LeadBody == "Sở Tư pháp").Take(3).Select(t => t.Path));
        Assert.Equal([.. Enumerable.Repeat(TaskKind.Inspection, 5), TaskKind.Report], tasks.Select(t => t.Kind));
    }

    [Fact]
    public async Task APlanADecisionApproves_ItsTasksStandInThatPlan_KeyedByTheirItemsOwnPlace()
    {
        var text = Legal.StructureParserTests.DecisionApprovingAPlan;
        var extracted = await DocumentExtractor.ExtractAsync(new RawFile("qd-31.txt", Encoding.UTF8.GetBytes(text)), IngestLimits.Default);
        Assert.True(extracted.Succeeded, extracted.Error?.Message);
        var assembled = DocumentAssembler.Assemble(DocumentIds.ForSource("test", "qd-31.txt"), extracted.Value!, null);

        var tasks = PlanTaskReader.Propose(assembled.Document, 1, assembled.Structure);

        Assert.Equal(["Kế hoạch: Mục II.1", "Kế hoạch: Mục II.2"], tasks.Select(t => t.Source.Path));
        Assert.Equal(["Sở Tư pháp", "Sở Tư pháp"], tasks.Select(t => t.LeadBody));
        Assert.Equal(new DateOnly(2026, 11, 15), tasks[1].Deadline.Due);
        // The key is the item's own place, as before plans a decision approves were read into the tree: no task twice.
        Assert.Equal($"{assembled.Document.Id.Value}#Mục II.1", tasks[0].ProposalKey);
        Assert.Equal(["Mục II.1", "Mục II.2"], PlanTaskReader.Propose(assembled.Document, 1).Select(t => t.Source.Path)); // no tree: as read
    }

    [Fact]
    public async Task NoPlan_NoTasks()
    {
        var decision = await Assemble("qd.txt", await File.ReadAllBytesAsync(DemoCorpus.TextPath("qd-12-2019-quy-che-phoi-hop.txt")));

        Assert.False(PlanTaskReader.IsPlan(decision));
        Assert.Empty(PlanTaskReader.Read(decision));
    }

    private static async Task<LegalDocument> Assemble(string name, byte[] bytes)
    {
        var extracted = await DocumentExtractor.ExtractAsync(new RawFile(name, bytes), IngestLimits.Default);
        Assert.True(extracted.Succeeded, $"{name}: {extracted.Error?.Message}");
        return DocumentAssembler.Assemble(DocumentIds.ForSource("test", name), extracted.Value, null).Document;
    }

    private static async Task<LegalDocument> Read(WrittenPlan plan, string format) => format switch
    {
        "html" => await Assemble(plan.Name + ".html", Encoding.UTF8.GetBytes(plan.Html())),
        "docx" => await Assemble(plan.Name + ".docx", plan.Docx()),
        _ => await Assemble(plan.Name + ".pdf", await plan.PdfAsync()),
    };

    private static List<ExpectedTask> Expected(string name)
    {
        var json = File.ReadAllText(Path.Combine(WrittenPlan.Folder, name + ".expected.json"));
        return JsonSerializer.Deserialize<List<ExpectedTask>>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    /// <summary>A task as the plan's writer meant it: words its content must hold, and each field.</summary>
    private sealed record ExpectedTask(string Content, string Lead, IReadOnlyList<string> Cooperating, string? Due, string? Product)
    {
        public bool DeadlineMatches(TaskDeadline deadline) => Due switch
        {
            null => deadline.Kind == DeadlineKind.Unspecified,
            "ongoing" => deadline.Kind == DeadlineKind.Continuous,
            "yearly" => deadline is { Kind: DeadlineKind.Recurring, Every: Recurrence.Yearly },
            _ => deadline.Due == DateOnly.ParseExact(Due, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Tasks found and fields right, over every plan of one format.</summary>
    private sealed class Score
    {
        public int Expected { get; private set; }

        public int Proposed { get; private set; }

        public int Found { get; private set; }

        public int LeadRight { get; private set; }

        public int CooperatingRight { get; private set; }

        public int DeadlineRight { get; private set; }

        public int ProductRight { get; private set; }

        public double Recall => (double)Found / Expected;

        public double Precision => Proposed == 0 ? 0 : (double)Found / Proposed;

        public double Share(int right) => (double)right / Expected;

        public void Add(string plan, List<ExpectedTask> expected, IReadOnlyList<TaskProposal> proposals, ITestOutputHelper output)
        {
            Expected += expected.Count;
            Proposed += proposals.Count;
            var left = proposals.ToList();
            foreach (var task in expected)
            {
                var match = left.FirstOrDefault(p => Same(p.Content).Contains(Same(task.Content), StringComparison.Ordinal));
                if (match is null)
                {
                    output.WriteLine($"  {plan}: not found: {task.Content}");
                    continue;
                }

                left.Remove(match);
                Found++;
                Count(plan, task.Content, "lead", Same(match.LeadBody) == Same(task.Lead), match.LeadBody, () => LeadRight++);
                Count(plan, task.Content, "cooperating", match.CooperatingBodies.Select(Same).Order().SequenceEqual(task.Cooperating.Select(Same).Order()), string.Join("; ", match.CooperatingBodies), () => CooperatingRight++);
                Count(plan, task.Content, "deadline", task.DeadlineMatches(match.Deadline), $"{match.Deadline.Kind} '{match.Deadline.Text}' {match.Deadline.Due}", () => DeadlineRight++);
                Count(plan, task.Content, "product", Same(match.Product) == Same(task.Product), match.Product, () => ProductRight++);
            }

            foreach (var extra in left)
            {
                output.WriteLine($"  {plan}: proposed but no task: {extra.Path} {extra.Content}");
            }

            void Count(string plan, string task, string field, bool right, string? read, Action add)
            {
                if (right)
                {
                    add();
                }
                else
                {
                    output.WriteLine($"  {plan}: {task}: {field} read as '{read}'");
                }
            }
        }

        public override string ToString() =>
            $"{Found}/{Expected} tasks found, {Proposed} proposed (precision {Precision:P1}); lead {LeadRight}, cooperating {CooperatingRight}, deadline {DeadlineRight}, product {ProductRight} right of {Expected}";

        private static string Same(string? text) =>
            string.Join(' ', (text ?? "").Normalize(NormalizationForm.FormC).Split((char[])[' ', '\n', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)).Trim().TrimEnd('.', ';').ToLowerInvariant();
    }
}

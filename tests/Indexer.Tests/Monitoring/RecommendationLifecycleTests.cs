using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Outcomes;

namespace LawMonitor.Indexer.Tests.Monitoring;

public sealed class RecommendationLifecycleTests
{
    private static readonly DateOnly Sent = new(2026, 3, 2);

    private static Recommendation Draft() => new(new RecommendationId(7), RecommendedAction.Amend, "Ủy ban nhân dân tỉnh Hòa Phong") { Content = "Sửa đổi Điều 5 Quyết định 12/2019/QĐ-UBND" };

    private static Recommendation Sent_() => RecommendationLifecycle.Send(Draft(), "125/STP-XDPL", Sent, null).Value!;

    private static Recommendation Answered(AnswerVerdict verdict) => RecommendationLifecycle.Answer(Sent_(), "88/UBND-NC", Sent.AddDays(20), verdict, null).Value!;

    [Fact]
    public void Send_SetsTheDeadlineThirtyDaysLater_UnlessGiven()
    {
        Assert.Equal(new DateOnly(2026, 4, 1), Sent_().Deadline);
        Assert.Equal(new DateOnly(2026, 3, 17), RecommendationLifecycle.Send(Draft(), "125/STP", Sent, null, answerDays: 15).Value!.Deadline);
        Assert.Equal(new DateOnly(2026, 5, 1), RecommendationLifecycle.Send(Draft(), "125/STP", Sent, new DateOnly(2026, 5, 1)).Value!.Deadline);
    }

    [Fact]
    public void Overdue_IsDerivedFromTheDeadline_AndEndsWithTheAnswer()
    {
        var sent = Sent_();

        Assert.False(sent.IsOverdue(new DateOnly(2026, 4, 1)));
        Assert.True(sent.IsOverdue(new DateOnly(2026, 4, 2)));
        Assert.False(Draft().IsOverdue(new DateOnly(2030, 1, 1)));
        Assert.False(Answered(AnswerVerdict.Accepted).IsOverdue(new DateOnly(2030, 1, 1)));
        Assert.True(Answered(AnswerVerdict.Accepted).AnsweredOnTime);
    }

    public static TheoryData<string, RecommendationStatus> ValidPaths => new()
    {
        { "send", RecommendationStatus.Sent },
        { "send-answer", RecommendationStatus.Answered },
        { "send-answer-implement", RecommendationStatus.Implemented },
        { "send-answer-close", RecommendationStatus.Closed },
        { "send-close", RecommendationStatus.Closed },
        { "close", RecommendationStatus.Closed },
    };

    [Theory]
    [MemberData(nameof(ValidPaths))]
    public void ValidTransitions_Succeed(string path, RecommendationStatus expected)
    {
        var r = Draft();
        foreach (var step in path.Split('-'))
        {
            var result = Step(r, step);
            Assert.True(result.Succeeded, result.Error?.Message);
            r = result.Value;
        }

        Assert.Equal(expected, r.Status);
    }

    public static TheoryData<string, string> InvalidSteps => new()
    {
        { "", "answer" }, { "", "implement" },
        { "send", "send" }, { "send", "implement" },
        { "send-answer", "send" }, { "send-answer", "answer" },
        { "send-answer-implement", "close" }, { "send-answer-implement", "send" }, { "send-answer-implement", "answer" }, { "send-answer-implement", "implement" },
        { "close", "send" }, { "close", "answer" }, { "close", "implement" }, { "close", "close" },
    };

    [Theory]
    [MemberData(nameof(InvalidSteps))]
    public void InvalidTransitions_AreRefused_NamingBothStates(string path, string step)
    {
        var r = Draft();
        foreach (var s in path.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            r = Step(r, s).Value!;
        }

        var result = Step(r, step);

        Assert.False(result.Succeeded);
        Assert.Equal("invalid-transition", result.Error.Code);
        Assert.Contains(RecommendationLifecycle.Name(r.Status), result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredFacts_AreNamed()
    {
        Assert.Equal("dispatchNumber", RecommendationLifecycle.Send(Draft(), " ", Sent, null).Error!.Field);
        Assert.Equal("sentOn", RecommendationLifecycle.Send(Draft(), "1/STP", null, null).Error!.Field);
        Assert.Equal("deadline", RecommendationLifecycle.Send(Draft(), "1/STP", Sent, Sent.AddDays(-1)).Error!.Field);
        Assert.Equal("verdict", RecommendationLifecycle.Answer(Sent_(), "x", Sent, null, null).Error!.Field);
        Assert.Equal("answeredOn", RecommendationLifecycle.Answer(Sent_(), "x", Sent.AddDays(-3), AnswerVerdict.Accepted, null).Error!.Field);
        Assert.Equal("outcomeDocumentId", RecommendationLifecycle.Implement(Answered(AnswerVerdict.Accepted), null, null).Error!.Field);
        Assert.Equal("reason", RecommendationLifecycle.Close(Draft(), "").Error!.Field);
    }

    [Fact]
    public void RejectedRecommendation_IsClosed_NotImplemented()
    {
        var result = RecommendationLifecycle.Implement(Answered(AnswerVerdict.Rejected), "qd-99", Sent.AddDays(40));

        Assert.Equal("invalid-transition", result.Error!.Code);
        Assert.True(RecommendationLifecycle.Implement(Answered(AnswerVerdict.PartlyAccepted), "qd-99", Sent.AddDays(40)).Succeeded);
    }

    private static Outcome<Recommendation> Step(Recommendation r, string step) => step switch
    {
        "send" => RecommendationLifecycle.Send(r, "125/STP-XDPL", Sent, null),
        "answer" => RecommendationLifecycle.Answer(r, "88/UBND-NC", Sent.AddDays(20), AnswerVerdict.Accepted, "Tiếp thu"),
        "implement" => RecommendationLifecycle.Implement(r, "quyet-dinh-25-2026-abc123", Sent.AddDays(60)),
        _ => RecommendationLifecycle.Close(r, "Rút kiến nghị"),
    };
}

using LawMonitor.Indexer.Monitoring;

namespace LawMonitor.Indexer.Tests.Monitoring;

public sealed class FindingLifecycleTests
{
    private static Finding Open() => new(new FindingId(3), FindingClass.LapsedBasis, "Căn cứ Nghị định 59/2012/NĐ-CP đã hết hiệu lực");

    [Fact]
    public void OpenFinding_IsConfirmedOrDismissedWithAReason()
    {
        Assert.Equal(FindingStatus.Confirmed, FindingLifecycle.Confirm(Open()).Value!.Status);
        Assert.Equal("required", FindingLifecycle.Dismiss(Open(), " ").Error!.Code);
        var dismissed = FindingLifecycle.Dismiss(Open(), "Văn bản đã được thay thế").Value!;
        Assert.Equal((FindingStatus.Dismissed, "Văn bản đã được thay thế"), (dismissed.Status, dismissed.Reason));
    }

    [Fact]
    public void ConfirmedFinding_CanBeDismissed_ButNotConfirmedAgain()
    {
        var confirmed = FindingLifecycle.Confirm(Open()).Value!;

        Assert.Equal("invalid-transition", FindingLifecycle.Confirm(confirmed).Error!.Code);
        Assert.True(FindingLifecycle.Dismiss(confirmed, "Nhầm").Succeeded);
        Assert.Equal("invalid-transition", FindingLifecycle.Reopen(confirmed, "x").Error!.Code);
    }

    [Fact]
    public void DismissedFinding_IsOnlyReopened_WithAReason()
    {
        var dismissed = FindingLifecycle.Dismiss(Open(), "Nhầm").Value!;

        Assert.Equal("invalid-transition", FindingLifecycle.Confirm(dismissed).Error!.Code);
        Assert.Equal("invalid-transition", FindingLifecycle.Dismiss(dismissed, "lại").Error!.Code);
        Assert.Equal("required", FindingLifecycle.Reopen(dismissed, null).Error!.Code);
        Assert.Equal(FindingStatus.Open, FindingLifecycle.Reopen(dismissed, "Có bằng chứng mới").Value!.Status);
    }
}

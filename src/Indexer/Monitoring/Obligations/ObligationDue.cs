using LawMonitor.Indexer.Monitoring.Plans;

namespace LawMonitor.Indexer.Monitoring.Obligations;

/// <summary>
/// The one rule for reports owed, on the Vietnam calendar: which periods an obligation covers (those due from the
/// day its provision applies until the day a later provision superseded it or its document ended), and whether each body's report for a
/// period is pending, falls due within <see cref="TaskDue.SoonDays"/> days, was received on time or late, or is
/// missing. The registers, alerts, the CLI, the UI and the annual report read it.
/// </summary>
public static class ObligationDue
{
    /// <summary>The periods of <paramref name="obligation"/> due in <paramref name="year"/> while it applied.</summary>
    public static IEnumerable<ReportingPeriod> Periods(ReportingObligation obligation, int year)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        if (obligation.Status == ObligationStatus.Rejected)
        {
            return [];
        }

        return ReportingPeriod.In(obligation.Deadline, year).Where(p =>
            (obligation.AppliesFrom is not { } from || p.Due >= from)
            && (obligation.AppliesUntil is not { } until || p.Due < until));
    }

    /// <summary>Every body's report for every period of <paramref name="year"/>, and where each stands on <paramref name="today"/>.</summary>
    public static IReadOnlyList<ObligationInstance> Instances(ReportingObligation obligation, int year, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        var bodies = obligation.Bodies.Count > 0 ? obligation.Bodies : [obligation.Obligor];
        return [.. from period in Periods(obligation, year)
                   from body in bodies
                   let receipt = obligation.Receipts.FirstOrDefault(r => r.Period == period.Key && Legal.BodyNames.Same(r.Body, body))
                   select new ObligationInstance(obligation.Id, body, period, StateOf(period, receipt, today), receipt)];
    }

    /// <summary>Where a report for <paramref name="period"/> stands on <paramref name="today"/>.</summary>
    public static ReportState StateOf(ReportingPeriod period, ReportReceipt? receipt, DateOnly today)
    {
        if (receipt is not null)
        {
            return receipt.ReceivedOn <= period.Due ? ReportState.OnTime : ReportState.Late;
        }

        return period.Due < today ? ReportState.Missing
            : period.Due.DayNumber - today.DayNumber <= TaskDue.SoonDays ? ReportState.DueSoon
            : ReportState.Pending;
    }

    /// <summary>The Vietnamese name of a state.</summary>
    public static string Name(ReportState state) => state switch
    {
        ReportState.Pending => "chưa đến hạn",
        ReportState.DueSoon => "sắp đến hạn",
        ReportState.OnTime => "đã nhận, đúng hạn",
        ReportState.Late => "đã nhận, muộn",
        _ => "chưa nhận, quá hạn",
    };
}

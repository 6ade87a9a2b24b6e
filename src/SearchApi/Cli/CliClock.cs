using LawMonitor.Indexer.Calendar;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// The CLI's one clock, as the service has its <see cref="TimeProvider"/>: the instant <c>LAWMONITOR_CLOCK</c> fixes
/// when it is set (<see cref="VietnamCalendar.FromEnvironment"/>), else the machine's. Every verb stamps what it writes
/// (versions, register history, accounts, tokens, crawl runs) and counts days with it, so a fixed clock moves them all.
/// </summary>
internal static class CliClock
{
    /// <summary>The Vietnam calendar on the CLI's clock.</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">LAWMONITOR_CLOCK is set to something that is not an instant (said in a sentence naming it, exit code 1, as a setting out of range is).</exception>
    public static VietnamCalendar Calendar
    {
        get
        {
            try
            {
                return VietnamCalendar.FromEnvironment();
            }
            catch (FormatException e)
            {
                throw new Microsoft.Extensions.Options.OptionsValidationException(VietnamCalendar.ClockVariable, typeof(VietnamCalendar), [e.Message]);
            }
        }
    }

    /// <summary>The CLI's clock.</summary>
    public static TimeProvider Clock => Calendar.Clock;
}

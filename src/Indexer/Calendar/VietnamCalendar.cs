namespace LawMonitor.Indexer.Calendar;

/// <summary>
/// The Vietnam calendar (Asia/Ho_Chi_Minh) on one clock: what "today" is for every default date, deadline,
/// overdue count and report, in the CLI, the API and the UI alike. The clock is the service's
/// <see cref="TimeProvider"/> (a fake one in tests); the CLI takes it from <c>LAWMONITOR_CLOCK</c> when set.
/// </summary>
public sealed class VietnamCalendar(TimeProvider clock)
{
    /// <summary>The variable that fixes the CLI's clock to an instant (ISO 8601, "2027-01-02T08:00:00+07:00").</summary>
    public const string ClockVariable = "LAWMONITOR_CLOCK";

    /// <summary>Asia/Ho_Chi_Minh; UTC+7 without daylight saving where the time-zone database is missing.</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary>The calendar on the machine's clock.</summary>
    public static VietnamCalendar System { get; } = new(TimeProvider.System);

    public TimeProvider Clock { get; } = clock ?? throw new ArgumentNullException(nameof(clock));

    /// <summary>Today in Vietnam.</summary>
    public DateOnly Today => DayOf(Clock.GetUtcNow());

    /// <summary>The Vietnam calendar day of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>An instant as an officer reads it: its Vietnam time and date, "20:44 05/12/2026", as the web UI writes it (vi-VN).</summary>
    public static string Display(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("HH:mm dd/MM/yyyy", global::System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An instant of <paramref name="day"/> in Vietnam at <paramref name="hour"/> o'clock.</summary>
    public static DateTimeOffset At(DateOnly day, int hour = 9)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>
    /// The calendar the CLI uses: on the clock fixed by <see cref="ClockVariable"/> when it is set, else the
    /// machine's; a value that is not an instant is refused with the variable's name.
    /// </summary>
    public static VietnamCalendar FromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable(ClockVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return System;
        }

        return DateTimeOffset.TryParse(text, global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.AssumeUniversal, out var instant)
            ? new VietnamCalendar(new FixedClock(instant))
            : throw new FormatException($"{ClockVariable}='{text}' không phải một thời điểm theo ISO 8601, ví dụ 2027-01-02T08:00:00+07:00 (not an ISO 8601 instant)");
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Giờ Việt Nam", "Giờ Việt Nam");
        }
    }

    /// <summary>A clock stopped at one instant.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}

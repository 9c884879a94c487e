using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Mandates.Core.Ledger;

/// <summary>
/// Days and instants as the ledger writes them, straight into UTF-8: exactly what NodaTime's
/// <see cref="LocalDatePattern.Iso"/> (2025-07-01) and <see cref="InstantPattern.ExtendedIso"/>
/// (2025-07-01T12:00:00.25Z) give, without a string in between. Every entry written formats both twice
/// (for its hash and for its row), so this is on the path of every deploy.
/// </summary>
public static class IsoUtf8
{
    /// <summary>Room enough for any day or instant.</summary>
    public const int MaxLength = 32;

    public static int Write(LocalDate day, Span<byte> into)
    {
        if (day.Year is < 1 or > 9999) return Encoding.UTF8.GetBytes(LocalDatePattern.Iso.Format(day), into);
        WriteDate(day.Year, day.Month, day.Day, into);
        return 10;
    }

    public static int Write(Instant instant, Span<byte> into)
    {
        var utc = instant.InUtc();
        if (utc.Year is < 1 or > 9999) return Encoding.UTF8.GetBytes(InstantPattern.ExtendedIso.Format(instant), into);
        WriteDate(utc.Year, utc.Month, utc.Day, into);
        into[10] = (byte)'T';
        Two(utc.Hour, into[11..]);
        into[13] = (byte)':';
        Two(utc.Minute, into[14..]);
        into[16] = (byte)':';
        Two(utc.Second, into[17..]);
        var length = 19;
        // The fraction of the second, as many digits as it needs (none for a whole second).
        if (utc.NanosecondOfSecond is var nanos and > 0)
        {
            into[length++] = (byte)'.';
            for (var unit = 100_000_000; nanos > 0; unit /= 10)
            {
                into[length++] = (byte)('0' + nanos / unit);
                nanos %= unit;
            }
        }
        into[length++] = (byte)'Z';
        return length;
    }

    private static void WriteDate(int year, int month, int day, Span<byte> into)
    {
        Two(year / 100, into);
        Two(year % 100, into[2..]);
        into[4] = (byte)'-';
        Two(month, into[5..]);
        into[7] = (byte)'-';
        Two(day, into[8..]);
    }

    private static void Two(int value, Span<byte> into)
    {
        into[0] = (byte)('0' + value / 10);
        into[1] = (byte)('0' + value % 10);
    }
}

using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mandates.Core.Ledger;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Mandates.Core.Tests;

/// <summary>
/// The hash chain's format must never change: every store ever written is verified against it. These
/// hold the fast UTF-8 writing to the definition: the fields one a line, days and instants as NodaTime's
/// ISO patterns write them.
/// </summary>
public class LedgerHashTests
{
    /// <summary>The definition, written the plain way.</summary>
    private static string Reference(long position, string type, string? operation, LocalDate validOn, Instant recordedAt,
        string recordedBy, string? key, string payload, string previousHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
            previousHash, position.ToString(System.Globalization.CultureInfo.InvariantCulture), type, operation ?? "",
            LocalDatePattern.Iso.Format(validOn), InstantPattern.ExtendedIso.Format(recordedAt), recordedBy, key ?? "", payload))));

    private static readonly Gen<Instant> Instants =
        Gen.Choose(-2_000_000, 2_000_000).SelectMany(days => Gen.Choose(0, 86_399).SelectMany(seconds =>
            Gen.Elements(0, 1, 10, 500_000_000, 123_456_789, 100, 999_999_999, 120_000).Select(nanos =>
                Instant.FromUnixTimeSeconds(days * 86_400L + seconds).PlusNanoseconds(nanos))));

    [Property(MaxTest = 500)]
    public Property Days_and_instants_are_written_as_the_ISO_patterns_write_them() =>
        Prop.ForAll(Instants.ToArbitrary(), instant =>
        {
            Span<byte> text = stackalloc byte[IsoUtf8.MaxLength];
            var day = instant.InUtc().Date;
            var dayText = Encoding.UTF8.GetString(text[..IsoUtf8.Write(day, text)]);
            var instantText = Encoding.UTF8.GetString(text[..IsoUtf8.Write(instant, text)]);
            return dayText == LocalDatePattern.Iso.Format(day) && instantText == InstantPattern.ExtendedIso.Format(instant);
        });

    [Property(MaxTest = 300)]
    public Property An_entry_hashes_as_its_definition_says(long position, NonNull<string> type, string? operation, NonNull<string> by, string? key, NonNull<string> payload) =>
        Prop.ForAll(Instants.ToArbitrary(), instant =>
        {
            var day = instant.InUtc().Date;
            var previous = LedgerEvent.Genesis;
            return LedgerEvent.ComputeHash(position, type.Get, operation, day, instant, by.Get, key, payload.Get, previous)
                == Reference(position, type.Get, operation, day, instant, by.Get, key, payload.Get, previous);
        });

    [Fact]
    public void A_known_entry_keeps_the_hash_it_was_written_with()
    {
        // An entry as the first ledger wrote it (hash recorded then), with an umlaut and a fraction of a second.
        var hash = LedgerEvent.ComputeHash(42, TourEvents.Started, "KFOR", new LocalDate(2025, 7, 1),
            Instant.FromUtc(2025, 6, 30, 9, 15, 2).PlusNanoseconds(250_000_000), "clerk", "k-1",
            """{"person":"P-Müller-7","task":"patrol","from":"2025-07-01"}""", LedgerEvent.Genesis);
        Assert.Equal(GoldenHash, hash);
    }

    /// <summary>Computed by the original implementation (a joined string, hashed), before the hash was written straight into UTF-8.</summary>
    private const string GoldenHash = "3d7a250fd0874c4a5dbcf539659f29f65f5150b80b14e81d76254f02784e3e52";
}

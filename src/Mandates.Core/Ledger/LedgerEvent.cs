using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Mandates.Core.Ledger;

/// <summary>
/// One immutable entry of the append-only ledger. <see cref="Position"/> is gapless and assigned at
/// commit; <see cref="ValidOn"/> is the day the event speaks of, <see cref="RecordedAt"/> when it was
/// written. <see cref="Hash"/> chains it to the entry before (tamper evidence).
/// </summary>
public sealed record LedgerEvent(
    long Position,
    string Type,
    string? Operation,
    LocalDate ValidOn,
    Instant RecordedAt,
    string RecordedBy,
    string? IdempotencyKey,
    string Payload,
    string PreviousHash,
    string Hash)
{
    /// <summary>The hash before the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The SHA-256 of the entry's content and the previous hash, as lower-case hex.</summary>
    public static string ComputeHash(long position, string type, string? operation, LocalDate validOn, Instant recordedAt,
        string recordedBy, string? idempotencyKey, string payload, string previousHash)
    {
        // One field a line, in a fixed order and format: the same entry always hashes the same.
        var text = string.Join('\n',
            previousHash,
            position.ToString(CultureInfo.InvariantCulture),
            type,
            operation ?? "",
            LocalDatePattern.Iso.Format(validOn),
            InstantPattern.ExtendedIso.Format(recordedAt),
            recordedBy,
            idempotencyKey ?? "",
            payload);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Whether the stored hash matches the content and the given previous hash.</summary>
    public bool HashIsValid(string expectedPrevious) =>
        PreviousHash == expectedPrevious &&
        Hash == ComputeHash(Position, Type, Operation, ValidOn, RecordedAt, RecordedBy, IdempotencyKey, Payload, PreviousHash);
}

/// <summary>An entry about to be appended: everything but the position and hashes, which the store assigns at commit.</summary>
public sealed record NewEvent(string Type, string? Operation, LocalDate ValidOn, Instant RecordedAt, string RecordedBy, string? IdempotencyKey, string Payload);

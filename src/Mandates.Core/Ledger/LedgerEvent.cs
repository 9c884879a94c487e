using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

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
        // One field a line, in a fixed order and format: the same entry always hashes the same. Written
        // straight into UTF-8 (no joined string): every entry appended is hashed, on the write path.
        var texts = previousHash.Length + type.Length + (operation?.Length ?? 0) + recordedBy.Length + (idempotencyKey?.Length ?? 0) + payload.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(texts) + 20 + 2 * IsoUtf8.MaxLength + 8);
        try
        {
            var text = buffer.AsSpan();
            var length = Encoding.UTF8.GetBytes(previousHash, text);
            text[length++] = (byte)'\n';
            position.TryFormat(text[length..], out var written, default, CultureInfo.InvariantCulture);
            length += written;
            text[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(type, text[length..]);
            text[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(operation ?? "", text[length..]);
            text[length++] = (byte)'\n';
            length += IsoUtf8.Write(validOn, text[length..]);
            text[length++] = (byte)'\n';
            length += IsoUtf8.Write(recordedAt, text[length..]);
            text[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(recordedBy, text[length..]);
            text[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(idempotencyKey ?? "", text[length..]);
            text[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(payload, text[length..]);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(text[..length], hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether the stored hash matches the content and the given previous hash.</summary>
    public bool HashIsValid(string expectedPrevious) =>
        PreviousHash == expectedPrevious &&
        Hash == ComputeHash(Position, Type, Operation, ValidOn, RecordedAt, RecordedBy, IdempotencyKey, Payload, PreviousHash);
}

/// <summary>An entry about to be appended: everything but the position and hashes, which the store assigns at commit.</summary>
public sealed record NewEvent(string Type, string? Operation, LocalDate ValidOn, Instant RecordedAt, string RecordedBy, string? IdempotencyKey, string Payload);

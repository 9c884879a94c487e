using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Mandates.Core.Access;

/// <summary>
/// A user's token: <c>mdt_KEYID_SECRET</c>, a 9-byte key id and a 32-byte secret, both random and written in
/// base64url (12 and 43 characters). The key id finds the user without scanning; the secret proves the token.
/// Only a salted SHA-256 of the secret is kept: a 256-bit random secret needs no slow key derivation (nobody
/// can guess it, however fast the hash), so checking a token costs one hash, on every request.
/// </summary>
public static class ApiTokens
{
    private const string Prefix = "mdt_";
    private const int KeyIdBytes = 9, SecretBytes = 32, SaltBytes = 16;
    private static readonly int KeyIdLength = Base64Url.GetEncodedLength(KeyIdBytes);
    private static readonly int SecretLength = Base64Url.GetEncodedLength(SecretBytes);

    /// <summary>How long every token is.</summary>
    public static int Length => Prefix.Length + KeyIdLength + 1 + SecretLength;

    /// <summary>A new token, and what the ledger keeps of it: its key id, a fresh salt and the salted hash.</summary>
    public static (string Token, string KeyId, byte[] Salt, byte[] Hash) New()
    {
        var keyId = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(KeyIdBytes));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return ($"{Prefix}{keyId}_{secret}", keyId, salt, Hash(salt, secret));
    }

    /// <summary>
    /// The key id and secret of a token written as <see cref="New"/> writes them; false for any other text.
    /// The parts have fixed lengths (base64url may itself hold '_').
    /// </summary>
    public static bool TryParse(string? token, out string keyId, out string secret)
    {
        (keyId, secret) = ("", "");
        token = token?.Trim();
        if (token is null || token.Length != Length || !token.StartsWith(Prefix, StringComparison.Ordinal)
            || token[Prefix.Length + KeyIdLength] != '_')
            return false;
        keyId = token.Substring(Prefix.Length, KeyIdLength);
        secret = token[(Prefix.Length + KeyIdLength + 1)..];
        return Base64Url.IsValid(keyId) && Base64Url.IsValid(secret);
    }

    /// <summary>SHA-256 of the salt followed by the secret's UTF-8 bytes.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> salt, string secret)
    {
        Span<byte> text = stackalloc byte[SaltBytes + 64];
        if (salt.Length != SaltBytes || secret.Length > 64)
            throw new ArgumentException(
                $"A salt of {SaltBytes} bytes and a secret of at most 64 characters are hashed.");
        salt.CopyTo(text);
        var length = SaltBytes + Encoding.ASCII.GetBytes(secret, text[SaltBytes..]);
        return SHA256.HashData(text[..length]);
    }

    /// <summary>Whether the secret hashes with the salt to the hash kept, compared in constant time.</summary>
    public static bool Matches(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> hash, string secret) =>
        CryptographicOperations.FixedTimeEquals(Hash(salt, secret), hash);
}

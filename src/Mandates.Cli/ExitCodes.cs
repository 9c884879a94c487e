namespace Mandates.Cli;

public static class ExitCodes
{
    /// <summary>Authorised, or the command did what was asked.</summary>
    public const int Ok = 0;
    /// <summary>Refused by the law, or violations found.</summary>
    public const int Refused = 1;
    /// <summary>Bad input: an argument, a file, the record. Nothing was written.</summary>
    public const int BadInput = 2;
    /// <summary>
    /// The store or its server failed: unreachable, damaged, read-only, full, or writable by other accounts. Nothing
    /// was written.
    /// </summary>
    public const int StoreFailed = 3;
}

/// <summary>A user's bad input: the message names the argument, the value and what was expected.</summary>
public sealed class BadInputException(string message) : Exception(message);

namespace Mandates.Web.Apis;

/// <summary>A government motion: a new mandate of an operation with the terms last consented to.</summary>
public sealed record MotionBody(string? Operation, string? Mandate, string? Document, string? Source,
    string? Procedure, bool? Extension, string? Distributed, string? Start, string? End, string? Ceiling);

/// <summary>The cabinet's decision on a motion.</summary>
public sealed record CabinetBody(string? Mandate, string? Date, string? Source);

/// <summary>The Bundestag's plenary vote on a motion; the counts all three or none.</summary>
public sealed record VoteBody(string? Mandate, string? Date, string? Result, string? Source, string? Yes, string? No,
    string? Abstentions, bool? RollCall);

/// <summary>A demand for a plenary debate on a simplified motion (§ 4(1) ParlBG).</summary>
public sealed record ObjectionBody(string? Mandate, string? Date, string? By, string? Source);

/// <summary>The Bundestag withdraws its consent (§ 8 ParlBG).</summary>
public sealed record RevocationBody(string? Mandate, string? Date, string? Source, string? Effective, string? Document);

/// <summary>A legal act extended or terminated.</summary>
public sealed record ActChangeBody(string? Act, string? Date, string? Change, string? Until, string? Source,
    string? Document);

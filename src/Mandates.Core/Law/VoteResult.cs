namespace Mandates.Core.Law;

public enum VoteResult { Adopted, Rejected }
